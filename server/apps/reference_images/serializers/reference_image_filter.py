from rest_framework import serializers


class ReferenceImageFilterSerializer(serializers.Serializer):
    user_id = serializers.UUIDField(
        required=False, help_text="Staff: whose images to list (default: your own)."
    )
