from datetime import datetime

from rest_framework import serializers

from apps.core.serializers import VersatileImageFieldWithSizes
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import reference_photo_deletes_at

from .reference_image_quality_output import ReferenceImageQualityOutputSerializer


class ReferenceImageOutputSerializer(serializers.ModelSerializer[ReferenceImage]):
    user = serializers.UUIDField(source="user_id", read_only=True)
    image = VersatileImageFieldWithSizes(allow_null=True)
    width = serializers.IntegerField(source="image_width", allow_null=True, read_only=True)
    height = serializers.IntegerField(source="image_height", allow_null=True, read_only=True)
    quality = ReferenceImageQualityOutputSerializer(source="*", read_only=True)
    sent_with_posters = serializers.BooleanField(
        read_only=True,
        help_text="Whether a new poster sends this photo: not when no face was found in it.",
    )
    deletes_at = serializers.SerializerMethodField(
        help_text="When retention deletes it, unless it is used for a poster before then."
    )

    class Meta:
        model = ReferenceImage
        fields = (
            "id",
            "user",
            "name",
            "order",
            "image",
            "width",
            "height",
            "quality",
            "sent_with_posters",
            "created_at",
            "updated_at",
            "last_used_at",
            "deletes_at",
        )
        read_only_fields = fields

    def get_deletes_at(self, image: ReferenceImage) -> datetime:
        return reference_photo_deletes_at(image)
