from django.db import transaction

from apps.person_lifecycle.functions.admin import withdraw_person_consent
from apps.privacy.audit import RequestClient
from apps.privacy.functions.public import get_live_consent_link
from apps.privacy.models import PersonConsent


@transaction.atomic
def withdraw_consent_by_link(
    *, token: str, scopes: list[str], client: RequestClient
) -> PersonConsent:
    """The link's person withdraws some scopes (all when empty) themself, with the same
    effects as a withdrawal by staff. The token is the whole authority: no account is
    needed, and it works until the link expires or is revoked."""
    link = get_live_consent_link(token=token)
    return withdraw_person_consent(
        user_id=link.user_id, scopes=scopes, withdrawn_by=link.user, client=client
    )
