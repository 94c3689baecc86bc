from rest_framework import serializers


class PersonIdInputSerializer(serializers.Serializer[dict[str, object]]):
    """Only the `user_id` of a body, read before the rest of it: whom a request acts for
    decides whether it may be made at all."""

    user_id = serializers.UUIDField(required=False, help_text="Staff only: the person to act for.")
