from rest_framework import serializers


class PersonEraseInputSerializer(serializers.Serializer[dict[str, object]]):
    email = serializers.CharField(
        max_length=254, help_text="The person's e-mail address, to confirm who is erased."
    )
    delete_account = serializers.BooleanField(
        required=False,
        default=False,
        help_text="Also delete the account and its identities (superusers only).",
    )
