from typing import Any

from rest_framework import serializers

from apps.reference_images.models import NAME_MAX_LENGTH


class ReferenceImageImageInputSerializer(serializers.Serializer[Any]):
    image = serializers.FileField(
        help_text="A JPEG, PNG, WebP or HEIC photo.", allow_empty_file=True, use_url=False
    )
    name = serializers.CharField(
        max_length=NAME_MAX_LENGTH,
        required=False,
        allow_blank=True,
        help_text="The name the photo is listed by from now on; kept when left out.",
    )
