from django.utils import timezone
from rest_framework.exceptions import NotFound

from apps.privacy.exceptions import PrivacyErrorCode
from apps.privacy.models import ConsentLink
from apps.privacy.utils import sha256_hex

LINK_INVALID = "This link has expired; ask for a new one."


def get_live_consent_link(*, token: str) -> ConsentLink:
    """The consent link `token` opens, with its person: the token is the whole authority.

    One answer (404 `consent_link_invalid`, one sentence) for a token that is unknown,
    revoked or expired, so that answers tell nothing about which tokens exist.
    """
    link = (
        ConsentLink.objects.live(now=timezone.now())
        .select_related("user")
        .filter(token_sha256=sha256_hex(token))
        .first()
    )
    if link is None:
        raise NotFound(LINK_INVALID, code=PrivacyErrorCode.CONSENT_LINK_INVALID)
    return link
