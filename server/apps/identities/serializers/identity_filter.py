from typing import Any

from rest_framework import serializers


class IdentityFilterSerializer(serializers.Serializer[Any]):
    user_id = serializers.UUIDField(required=False, help_text="Staff only: one user's identities.")
