from rest_framework import serializers

from apps.privacy.models import AuditEvent


class AuditEventFilterSerializer(serializers.Serializer[dict[str, object]]):
    subject_user_id = serializers.UUIDField(required=False)
    actor_id = serializers.UUIDField(required=False)
    action = serializers.ChoiceField(choices=AuditEvent.Action.choices, required=False)
    since = serializers.DateTimeField(required=False)
