from typing import Any

from rest_framework import serializers


class ReferenceImageImageInputSerializer(serializers.Serializer[Any]):
    image = serializers.FileField(
        help_text="A JPEG, PNG, WebP or HEIC photo.", allow_empty_file=True, use_url=False
    )
