from typing import Any

from rest_framework import serializers

from apps.reference_images.models import MAX_REFERENCE_IMAGES, NAME_MAX_LENGTH


class ReferenceImageCreateInputSerializer(serializers.Serializer[Any]):
    image = serializers.FileField(
        help_text="A JPEG, PNG, WebP or HEIC photo.", allow_empty_file=True, use_url=False
    )
    name = serializers.CharField(
        max_length=NAME_MAX_LENGTH, required=False, allow_blank=True, default=""
    )
    order = serializers.IntegerField(
        min_value=0,
        max_value=MAX_REFERENCE_IMAGES - 1,
        required=False,
        allow_null=True,
        default=None,
        help_text="Slot 0-4; the lowest free slot when left out.",
    )
    user_id = serializers.UUIDField(
        required=False, help_text="Staff only: the owner to create for."
    )
