from django.conf import settings
from rest_framework import serializers


class PrivacyNoticeOutputSerializer(serializers.Serializer[object]):
    version = serializers.CharField()
    text = serializers.CharField()
    send_to_provider_scope = serializers.CharField(
        help_text="What agreeing to send_to_provider means with the configured provider."
    )
    reference_photo_retention_days = serializers.SerializerMethodField()
    unsaved_poster_retention_days = serializers.SerializerMethodField()

    def get_reference_photo_retention_days(self, _notice: object) -> int:
        return int(settings.REFERENCE_PHOTO_RETENTION_DAYS)

    def get_unsaved_poster_retention_days(self, _notice: object) -> int:
        return int(settings.UNSAVED_POSTER_RETENTION_DAYS)
