from typing import Any

from rest_framework import serializers


class ReferenceImageFilterSerializer(serializers.Serializer[Any]):
    user_id = serializers.UUIDField(
        required=False, help_text="Staff: whose images to list (default: your own)."
    )
