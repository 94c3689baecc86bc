from rest_framework import serializers


class CsrfOutputSerializer(serializers.Serializer):
    csrf_token = serializers.CharField()
