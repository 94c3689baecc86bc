from apps.privacy.models import PersonConsent

from .person_consent_step_output import PersonConsentStepOutputSerializer


class ConsentLinkConsentOutputSerializer(PersonConsentStepOutputSerializer):
    """What a consent link shows its holder of the consent in force: how and when it was
    given and what it covers; no admin's address, note or client details."""

    class Meta(PersonConsentStepOutputSerializer.Meta):
        model = PersonConsent
        fields = (
            "active",
            "change",
            "given_by",
            "recorded_at",
            "notice_version",
            "provider",
            "scopes",
            "send_to_provider",
            "face_matching",
            "withdrawn_at",
        )
        read_only_fields = fields
