from dataclasses import dataclass

from django.conf import settings

# The notice's version: change it whenever the wording or what it promises changes, so each
# consent says which text the person saw.
PRIVACY_NOTICE_VERSION = "2026-12.2"


@dataclass(frozen=True)
class PrivacyNotice:
    version: str
    text: str
    # What agreeing to the `send_to_provider` scope means with the provider configured, in
    # the words the person agrees to ("their photos are sent to ...").
    send_to_provider_scope: str


@dataclass(frozen=True)
class _ProviderWords:
    where_photos_go: str  # the notice's paragraph
    send_to_provider_scope: str  # what the person agrees to


# By IMAGE_PROVIDER; any other provider draws on this server.
_PROVIDER_WORDS = {
    "gemini": _ProviderWords(
        where_photos_go=(
            "To draw a poster, your photos and the identity's text are sent to Google's "
            "Gemini API. Google keeps what it receives for up to 55 days to watch for abuse, "
            "then deletes it; it does not use it to train its models."
        ),
        send_to_provider_scope="their photos are sent to Google's Gemini API to draw posters",
    ),
}
_DRAWN_HERE = _ProviderWords(
    where_photos_go="Posters are drawn on this server; your photos are not sent to anyone else.",
    send_to_provider_scope=(
        "their photos may be sent to an outside image provider to draw posters, if this "
        "server is set to use one (today nothing is sent: posters are drawn here)"
    ),
)


def privacy_notice() -> PrivacyNotice:
    """The notice a person is shown before their photos are stored, in plain words."""
    provider = _PROVIDER_WORDS.get(settings.IMAGE_PROVIDER, _DRAWN_HERE)
    text = "\n\n".join(
        [
            f"What we store: up to {settings.MAX_REFERENCE_IMAGES} photos of you, smaller "
            "copies of them, and the posters drawn from them. With face matching, also a set of "
            "numbers measured from your face, used only to check that posters look like you.",
            provider.where_photos_go,
            f"How long: a photo is deleted {settings.REFERENCE_PHOTO_RETENTION_DAYS} days "
            "after it was last used for a poster (or uploaded, if never used). A poster "
            f"that is not saved to an identity is deleted after "
            f"{settings.UNSAVED_POSTER_RETENTION_DAYS} days.",
            "How to erase it: ask an admin to withdraw your consent, which deletes your "
            "photos and face measurements at once, or to erase you, which also deletes "
            "every poster and generation of you.",
        ]
    )
    return PrivacyNotice(
        version=PRIVACY_NOTICE_VERSION,
        text=text,
        send_to_provider_scope=provider.send_to_provider_scope,
    )
