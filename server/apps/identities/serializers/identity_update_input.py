from typing import Any

from rest_framework import serializers


class IdentityUpdateInputSerializer(serializers.Serializer[Any]):
    name = serializers.CharField(max_length=255, required=False)
    category = serializers.CharField(max_length=100, required=False, allow_blank=True)
    i_am_statement = serializers.CharField(max_length=2000, required=False, allow_blank=True)
    order = serializers.IntegerField(min_value=0, max_value=32767, required=False)
