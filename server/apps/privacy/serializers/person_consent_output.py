from rest_framework import serializers

from apps.privacy.models import PersonConsent


class PersonConsentOutputSerializer(serializers.ModelSerializer[PersonConsent]):
    """A person's consent; for a person with none recorded, every field empty and
    `active` false."""

    user = serializers.UUIDField(source="user_id", read_only=True)
    recorded_by = serializers.UUIDField(source="recorded_by_id", read_only=True, allow_null=True)
    recorded_at = serializers.DateTimeField(read_only=True, allow_null=True)
    active = serializers.SerializerMethodField()

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
        )
        read_only_fields = fields

    def get_active(self, consent: PersonConsent) -> bool:
        return consent.pk is not None and consent.covers(None)
