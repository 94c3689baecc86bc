from rest_framework import serializers

from .consent_choice_output import ConsentChoiceOutputSerializer
from .consent_link_consent_output import ConsentLinkConsentOutputSerializer
from .consent_link_notice_output import ConsentLinkNoticeOutputSerializer


class ConsentLinkPageOutputSerializer(serializers.Serializer[object]):
    """What a consent link shows: whose link it is, the notice, the choices (unticked) and
    the consent in force, if any."""

    person_email = serializers.EmailField(source="link.user.email")
    expires_at = serializers.DateTimeField(source="link.expires_at")
    notice = ConsentLinkNoticeOutputSerializer()
    choices = ConsentChoiceOutputSerializer(many=True)
    current = ConsentLinkConsentOutputSerializer(
        allow_null=True, help_text="The consent in force now; null when there is none."
    )
