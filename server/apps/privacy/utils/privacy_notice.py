from dataclasses import dataclass

from django.conf import settings

# The notice's version: change it whenever the wording or what it promises changes, so each
# consent says which text the person saw (a test holds each version's words).
PRIVACY_NOTICE_VERSION = "2026-12.3"


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
            "Where your photos go: to draw a poster, your photos and the identity's text are "
            "sent to Google's Gemini API. Every request is sent with logging off, so Google "
            "keeps no log of it for this service. Google still keeps what it receives for up "
            "to 55 days to watch for abuse, then deletes it; it does not use it to train its "
            "models."
        ),
        send_to_provider_scope="their photos are sent to Google's Gemini API to draw posters",
    ),
}
_DRAWN_HERE = _ProviderWords(
    where_photos_go=(
        "Where your photos go: nowhere. Posters are drawn on this server; your photos are not "
        "sent to anyone else."
    ),
    send_to_provider_scope=(
        "their photos may be sent to an outside image provider to draw posters, if this "
        "server is set to use one (today nothing is sent: posters are drawn here)"
    ),
)


def _who_is_responsible() -> str:
    name = settings.PRIVACY_CONTROLLER_NAME
    email = settings.PRIVACY_CONTACT_EMAIL
    if not name:  # only while debugging: a server in production refuses to start without it
        name = "the operator of this service, whose name is not set yet"
    contact = f" Write to {email} with any question about your data." if email else ""
    return f"Who is responsible for your data: {name}.{contact}"


def _how_to_use_your_rights() -> str:
    email = settings.PRIVACY_CONTACT_EMAIL
    ask = f"ask an admin of this service (or write to {email})" if email else "ask an admin"
    return (
        "Your rights: you can see the data kept about you, download a copy of it, withdraw "
        "your consent (to each use on its own, or all of it) and have it erased. Withdrawing "
        "face matching deletes your face measurements at once; withdrawing all your consent "
        "deletes your photos at once; erasure also deletes every poster and generation of "
        f"you. To use any of these rights, {ask}, or open the consent link you were sent."
    )


def privacy_notice() -> PrivacyNotice:
    """The notice a person is shown before their photos are stored, in plain words."""
    provider = _PROVIDER_WORDS.get(settings.IMAGE_PROVIDER, _DRAWN_HERE)
    text = "\n\n".join(
        [
            _who_is_responsible(),
            f"What we store and why: up to {settings.MAX_REFERENCE_IMAGES} photos of you, "
            "smaller copies of them, and the posters drawn from them, to make movie-poster "
            "images of you living the identities written for you. With face matching, also a "
            "set of numbers measured from your face, used only to check that posters look "
            "like you. We also keep your consent and a log of what was done with your data "
            "(who did what, and when), to show that it was handled as you agreed.",
            "Who can see it: the admins of this service, and you if you have an account "
            "here. No one else is shown your photos or posters.",
            provider.where_photos_go,
            f"How long: a photo is deleted {settings.REFERENCE_PHOTO_RETENTION_DAYS} days "
            "after it was last used for a poster (or uploaded, if never used). A poster "
            f"that is not saved to an identity is deleted after "
            f"{settings.UNSAVED_POSTER_RETENTION_DAYS} days. A poster saved to an identity is "
            "kept until it is deleted or you are erased. The log of what was done is kept "
            "for as long as this service runs; it holds ids, times and the network address "
            "each change came from, never your photos or words.",
            _how_to_use_your_rights(),
        ]
    )
    return PrivacyNotice(
        version=PRIVACY_NOTICE_VERSION,
        text=text,
        send_to_provider_scope=provider.send_to_provider_scope,
    )
