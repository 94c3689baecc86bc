from rest_framework import serializers


class PersonConsentRecordInputSerializer(serializers.Serializer[dict[str, object]]):
    notice_version = serializers.CharField(
        max_length=32, help_text="The version of the notice the person was shown."
    )
    send_to_provider = serializers.BooleanField()
    face_matching = serializers.BooleanField()
