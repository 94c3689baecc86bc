from typing import Any

from rest_framework import serializers


class AvailableUserOutputSerializer(serializers.Serializer[Any]):
    id = serializers.UUIDField()
    email = serializers.EmailField()
    name = serializers.CharField()
    is_current_user = serializers.BooleanField()
    is_test_user = serializers.BooleanField()
