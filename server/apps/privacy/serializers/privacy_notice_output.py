from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from apps.privacy.utils import PrivacyNotice, consent_choices, sha256_hex

from .consent_choice_output import ConsentChoiceOutputSerializer


class PrivacyNoticeOutputSerializer(serializers.Serializer[object]):
    version = serializers.CharField()
    text = serializers.CharField()
    text_sha256 = serializers.SerializerMethodField(
        help_text="SHA-256 of `text` (hex); sent back with a consent, it must still match."
    )
    send_to_provider_scope = serializers.CharField(
        help_text="What agreeing to send_to_provider means with the configured provider."
    )
    choices = serializers.SerializerMethodField(
        help_text="The scopes to agree to, each with its sentence; every one starts unticked."
    )
    reference_photo_retention_days = serializers.SerializerMethodField()
    unsaved_poster_retention_days = serializers.SerializerMethodField()

    def get_text_sha256(self, notice: PrivacyNotice) -> str:
        return sha256_hex(notice.text)

    @extend_schema_field(ConsentChoiceOutputSerializer(many=True))
    def get_choices(self, notice: PrivacyNotice) -> list[dict[str, object]]:
        return list(ConsentChoiceOutputSerializer(consent_choices(notice), many=True).data)

    def get_reference_photo_retention_days(self, _notice: object) -> int:
        return int(settings.REFERENCE_PHOTO_RETENTION_DAYS)

    def get_unsaved_poster_retention_days(self, _notice: object) -> int:
        return int(settings.UNSAVED_POSTER_RETENTION_DAYS)
