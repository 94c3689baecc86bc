from typing import Any

from rest_framework import serializers

from .user_output import UserOutputSerializer


class SessionOutputSerializer(serializers.Serializer[Any]):
    user = UserOutputSerializer(allow_null=True)
