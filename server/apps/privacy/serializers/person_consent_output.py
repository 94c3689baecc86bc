from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.privacy.models import PersonConsent

from .person_consent_step_output import PersonConsentStepOutputSerializer


class PersonConsentOutputSerializer(serializers.ModelSerializer[PersonConsent]):
    """A person's consent in force: in brief, then `current` (their latest step, in full:
    how and by whom it was given, the note, the notice's hash, the provider) and `history`
    (every step, newest first). For a person with none recorded, every field empty, `active`
    false, `current` null and no history."""

    user = serializers.UUIDField(source="user_id", read_only=True)
    recorded_by = serializers.UUIDField(source="recorded_by_id", read_only=True, allow_null=True)
    recorded_at = serializers.DateTimeField(read_only=True, allow_null=True)
    active = serializers.SerializerMethodField()
    current = serializers.SerializerMethodField()
    history = PersonConsentStepOutputSerializer(many=True, read_only=True)

    class Meta:
        model = PersonConsent
        fields = (
            "user",
            "active",
            "recorded_by",
            "recorded_at",
            "notice_version",
            "send_to_provider",
            "face_matching",
            "withdrawn_at",
            "current",
            "history",
        )
        read_only_fields = fields

    def get_active(self, consent: PersonConsent) -> bool:
        return consent.covers(None)

    @extend_schema_field(PersonConsentStepOutputSerializer(allow_null=True))
    def get_current(self, consent: PersonConsent) -> dict[str, object] | None:
        if consent.pk is None:
            return None
        return dict(PersonConsentStepOutputSerializer(consent).data)
