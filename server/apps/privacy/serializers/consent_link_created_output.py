from rest_framework import serializers

# The client's route for a consent link: the page a person opens, with no account.
CONSENT_LINK_PATH = "/consent/{token}"


class ConsentLinkCreatedOutputSerializer(serializers.Serializer[object]):
    """A new consent link: its URL holds the token, shown this once (only its hash is kept).

    Needs the request in its context, to make the URL absolute."""

    id = serializers.UUIDField(source="link.id")
    url = serializers.SerializerMethodField(help_text="Send this to the person.")
    created_at = serializers.DateTimeField(source="link.created_at")
    expires_at = serializers.DateTimeField(source="link.expires_at")

    def get_url(self, created: object) -> str:
        path = CONSENT_LINK_PATH.format(token=created.token)  # type: ignore[attr-defined]
        return str(self.context["request"].build_absolute_uri(path))
