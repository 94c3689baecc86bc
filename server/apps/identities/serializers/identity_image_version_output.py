from rest_framework import serializers

from apps.core.serializers import VersatileImageFieldWithSizes
from apps.identities.models import IdentityImageVersion


class IdentityImageVersionOutputSerializer(serializers.ModelSerializer[IdentityImageVersion]):
    image = VersatileImageFieldWithSizes(allow_null=True)
    job = serializers.UUIDField(
        source="job_id",
        read_only=True,
        allow_null=True,
        help_text="The generation job whose poster this is (source generation).",
    )
    created_by = serializers.UUIDField(source="created_by_id", read_only=True, allow_null=True)
    is_current = serializers.SerializerMethodField()

    class Meta:
        model = IdentityImageVersion
        fields = (
            "id",
            "image",
            "image_width",
            "image_height",
            "source",
            "job",
            "created_by",
            "created_at",
            "is_current",
        )
        read_only_fields = fields

    def get_is_current(self, version: IdentityImageVersion) -> bool:
        return version.identity.current_version_id == version.pk
