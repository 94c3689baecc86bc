from rest_framework import serializers

from apps.privacy.models import ConsentScope


class ConsentChoiceOutputSerializer(serializers.Serializer[object]):
    """A scope the person may agree to, with the sentence they agree to by ticking it."""

    scope = serializers.ChoiceField(choices=ConsentScope.choices)
    sentence = serializers.CharField()
    ticked = serializers.SerializerMethodField(
        help_text="Always false: every choice starts unticked, whatever is in force."
    )

    def get_ticked(self, _choice: object) -> bool:
        return False
