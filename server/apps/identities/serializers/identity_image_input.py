from rest_framework import serializers


class IdentityImageInputSerializer(serializers.Serializer):
    image = serializers.ImageField(
        help_text="A JPEG, PNG or WebP image.", allow_empty_file=False, use_url=False
    )
