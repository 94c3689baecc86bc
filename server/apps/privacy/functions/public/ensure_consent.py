from uuid import UUID

from apps.core.exceptions import Conflict
from apps.privacy.exceptions import PrivacyErrorCode
from apps.privacy.models import ConsentScope, PersonConsent

_REFUSALS = {
    None: "This person has not consented to storing their photos. Record their consent first.",
    ConsentScope.SEND_TO_PROVIDER: (
        "This person has not consented to their photos being sent to the image provider. "
        "Record that consent first, or use the offline provider."
    ),
    ConsentScope.FACE_MATCHING: "This person has not consented to face matching.",
}


def has_consent(*, user_id: UUID, scope: ConsentScope | None = None) -> bool:
    """Whether the person's consent is in force (for `scope`, when one is named)."""
    consent = PersonConsent.objects.filter(user_id=user_id).first()
    return consent is not None and consent.covers(scope)


def ensure_consent(*, user_id: UUID, scope: ConsentScope | None = None) -> None:
    """409 `consent_required`, with a sentence saying what is missing, unless consented."""
    if not has_consent(user_id=user_id, scope=scope):
        raise Conflict(_REFUSALS[scope], code=PrivacyErrorCode.CONSENT_REQUIRED)
