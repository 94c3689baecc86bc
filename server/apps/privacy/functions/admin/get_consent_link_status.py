from dataclasses import dataclass
from uuid import UUID

from django.utils import timezone

from apps.privacy.models import ConsentLink
from apps.users.functions.admin import get_user


@dataclass(frozen=True)
class ConsentLinkStatus:
    link: ConsentLink | None  # the person's link that opens now, if any


def get_consent_link_status(*, user_id: UUID) -> ConsentLinkStatus:
    """Whether the person has a consent link that opens now, and which (never its token:
    only its hash is kept)."""
    person = get_user(user_id=user_id)
    link = ConsentLink.objects.live(now=timezone.now()).filter(user=person).first()
    return ConsentLinkStatus(link=link)
