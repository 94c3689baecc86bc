from uuid import UUID

from rest_framework import serializers

from apps.core.serializers import VersatileImageFieldWithSizes
from apps.identities.models import Identity


class IdentityOutputSerializer(serializers.ModelSerializer[Identity]):
    user = serializers.UUIDField(source="user_id", read_only=True)
    image = VersatileImageFieldWithSizes(allow_null=True)
    current_version = serializers.UUIDField(
        source="current_version_id",
        read_only=True,
        allow_null=True,
        help_text="The image version shown as the identity's image.",
    )
    current_job = serializers.SerializerMethodField(
        help_text="The generation job whose poster is the current image, if it is one."
    )

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
            "current_version",
            "current_job",
            "order",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields

    def get_current_job(self, identity: Identity) -> UUID | None:
        version = identity.current_version
        return version.job_id if version is not None else None
