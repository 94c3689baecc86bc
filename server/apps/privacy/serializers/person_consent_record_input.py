from rest_framework import serializers


class PersonConsentRecordInputSerializer(serializers.Serializer[dict[str, object]]):
    notice_version = serializers.CharField(
        max_length=32, help_text="The version of the notice the person was shown."
    )
    notice_sha256 = serializers.CharField(
        max_length=64,
        required=False,
        help_text="The notice's text_sha256 as it was shown; when sent, it must still match.",
    )
    send_to_provider = serializers.BooleanField()
    face_matching = serializers.BooleanField()
    note = serializers.CharField(
        max_length=500,
        required=False,
        allow_blank=True,
        default="",
        help_text="Required when an admin records another person's consent (attested): "
        'where the signed form is, e.g. "Paper form in HR file 2026-12".',
    )
