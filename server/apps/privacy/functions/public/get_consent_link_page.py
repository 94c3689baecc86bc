from dataclasses import dataclass

from apps.privacy.models import ConsentLink, PersonConsent
from apps.privacy.utils import (
    ConsentChoice,
    configured_provider,
    consent_choices,
    privacy_notice,
    sha256_hex,
)

from .get_live_consent_link import get_live_consent_link


@dataclass(frozen=True)
class ShownNotice:
    version: str
    text: str
    text_sha256: str  # sent back with the consent: what was shown is what is recorded
    provider: str  # the image provider the notice names


@dataclass(frozen=True)
class ConsentLinkPage:
    link: ConsentLink
    notice: ShownNotice
    choices: list[ConsentChoice]
    current: PersonConsent | None  # the person's consent in force, if any


def get_consent_link_page(*, token: str) -> ConsentLinkPage:
    """What a consent link shows its person: the notice in full (and the hash of its exact
    text), the scopes to choose from, and what is in force now."""
    link = get_live_consent_link(token=token)
    notice = privacy_notice()
    current = PersonConsent.objects.filter(user=link.user).first()
    return ConsentLinkPage(
        link=link,
        notice=ShownNotice(
            version=notice.version,
            text=notice.text,
            text_sha256=sha256_hex(notice.text),
            provider=configured_provider(),
        ),
        choices=consent_choices(notice),
        current=current if current is not None and current.covers(None) else None,
    )
