from typing import Any

from rest_framework import serializers


class IdentityCreateInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=255)
    category = serializers.CharField(max_length=100, required=False, allow_blank=True, default="")
    i_am_statement = serializers.CharField(
        max_length=2000, required=False, allow_blank=True, default=""
    )
    order = serializers.IntegerField(min_value=0, max_value=32767, required=False, default=0)
    user_id = serializers.UUIDField(
        required=False, help_text="Staff only: the owner to create for."
    )
