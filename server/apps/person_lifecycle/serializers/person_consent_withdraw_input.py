from rest_framework import serializers

from apps.privacy.models import ConsentScope


class PersonConsentWithdrawInputSerializer(serializers.Serializer[dict[str, object]]):
    scopes = serializers.ListField(
        child=serializers.ChoiceField(choices=ConsentScope.choices),
        required=False,
        default=list,
        help_text="What to withdraw; empty or absent: everything (the photos are deleted).",
    )
