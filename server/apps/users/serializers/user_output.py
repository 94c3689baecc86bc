from rest_framework import serializers

from apps.users.models import User


class UserOutputSerializer(serializers.ModelSerializer[User]):
    class Meta:
        model = User
        fields = ("id", "email", "first_name", "last_name", "full_name", "is_staff")
        read_only_fields = fields
