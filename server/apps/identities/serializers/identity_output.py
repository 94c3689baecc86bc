from rest_framework import serializers

from apps.core.serializers import VersatileImageFieldWithSizes
from apps.identities.models import Identity


class IdentityOutputSerializer(serializers.ModelSerializer[Identity]):
    user = serializers.UUIDField(source="user_id", read_only=True)
    image = VersatileImageFieldWithSizes(allow_null=True)

    class Meta:
        model = Identity
        fields = (
            "id",
            "user",
            "name",
            "category",
            "i_am_statement",
            "image",
            "image_width",
            "image_height",
            "order",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields
