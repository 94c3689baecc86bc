from rest_framework import serializers

from apps.privacy.models import AuditEvent


class AuditEventOutputSerializer(serializers.ModelSerializer[AuditEvent]):
    action = serializers.ChoiceField(choices=AuditEvent.Action.choices, read_only=True)
    details = serializers.DictField(read_only=True)

    class Meta:
        model = AuditEvent
        fields = (
            "id",
            "at",
            "actor_id",
            "subject_user_id",
            "action",
            "object_type",
            "object_id",
            "ip",
            "details",
        )
        read_only_fields = fields
