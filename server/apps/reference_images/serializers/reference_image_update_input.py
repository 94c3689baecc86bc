from typing import Any

from rest_framework import serializers

from apps.reference_images.models import MAX_REFERENCE_IMAGES, NAME_MAX_LENGTH


class ReferenceImageUpdateInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=NAME_MAX_LENGTH, required=False, allow_blank=True)
    order = serializers.IntegerField(
        min_value=0, max_value=MAX_REFERENCE_IMAGES - 1, required=False, help_text="Slot 0-4."
    )
