from typing import Any

from rest_framework import serializers


class CsrfOutputSerializer(serializers.Serializer[Any]):
    csrf_token = serializers.CharField()
