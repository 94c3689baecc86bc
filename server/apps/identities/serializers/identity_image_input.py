from typing import Any

from rest_framework import serializers


class IdentityImageInputSerializer(serializers.Serializer[Any]):
    # A plain file: the upload pipeline reads the bytes and answers every refusal itself.
    image = serializers.FileField(
        help_text="A JPEG, PNG, WebP or HEIC image.", allow_empty_file=True, use_url=False
    )
