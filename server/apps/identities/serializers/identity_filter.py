from rest_framework import serializers


class IdentityFilterSerializer(serializers.Serializer):
    user_id = serializers.UUIDField(required=False, help_text="Staff only: one user's identities.")
