from rest_framework import serializers

from apps.privacy.models import ConsentScope

FULL_NAME_MESSAGE = "Type your full name: it is your signature."


class ConsentLinkGiveInputSerializer(serializers.Serializer[dict[str, object]]):
    notice_version = serializers.CharField(
        max_length=32, help_text="The notice's version as the link showed it."
    )
    notice_sha256 = serializers.CharField(
        max_length=64, help_text="The notice's text_sha256 as the link showed it."
    )
    scopes = serializers.ListField(
        child=serializers.ChoiceField(choices=ConsentScope.choices),
        allow_empty=True,
        help_text="What the person ticked; at least one.",
    )
    full_name = serializers.CharField(
        max_length=200,
        help_text="The person's full name, typed as their signature.",
        error_messages={"required": FULL_NAME_MESSAGE, "blank": FULL_NAME_MESSAGE},
    )
