from rest_framework import serializers

from apps.privacy.models import ConsentChange, ConsentGivenBy, ConsentScope, PersonConsent


class PersonConsentStepOutputSerializer(serializers.ModelSerializer[PersonConsent]):
    """One row of a person's consent history: a recording or a withdrawal, how it was given
    (`person`: by the person, through a consent link or signed in; `staff`: attested by an
    admin, whose `note` says where the signed form is), under which notice and provider."""

    user = serializers.UUIDField(source="user_id", read_only=True)
    active = serializers.SerializerMethodField(
        help_text="Whether consent is in force after this step."
    )
    change = serializers.ChoiceField(choices=ConsentChange.choices, read_only=True)
    given_by = serializers.ChoiceField(
        choices=ConsentGivenBy.choices,
        read_only=True,
        help_text="person: given by the person (through a consent link, or signed in); "
        "staff: attested by an admin, whose note says where the signed form is.",
    )
    recorded_by = serializers.UUIDField(source="recorded_by_id", read_only=True, allow_null=True)
    recorded_by_email = serializers.EmailField(
        source="recorded_by.email",
        read_only=True,
        allow_null=True,
        help_text="Who recorded it (empty once their account is deleted).",
    )
    notice_sha256 = serializers.CharField(
        read_only=True, help_text="SHA-256 of the exact notice text shown (hex)."
    )
    provider = serializers.CharField(
        read_only=True,
        help_text="The image provider the notice named; consent to send photos covers it only.",
    )
    scopes = serializers.ListField(
        child=serializers.ChoiceField(choices=ConsentScope.choices),
        read_only=True,
        help_text="What is agreed to after this step.",
    )
    client_ip = serializers.IPAddressField(read_only=True, allow_null=True)

    class Meta:
        model = PersonConsent
        fields: tuple[str, ...] = (
            "id",
            "user",
            "active",
            "change",
            "given_by",
            "recorded_by",
            "recorded_by_email",
            "recorded_at",
            "note",
            "full_name",
            "notice_version",
            "notice_sha256",
            "provider",
            "scopes",
            "send_to_provider",
            "face_matching",
            "withdrawn_at",
            "client_ip",
            "user_agent",
        )
        read_only_fields: tuple[str, ...] = fields

    def get_active(self, consent: PersonConsent) -> bool:
        return consent.covers(None)
