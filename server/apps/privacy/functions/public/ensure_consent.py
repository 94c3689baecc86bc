from uuid import UUID

from apps.core.exceptions import Conflict
from apps.privacy.exceptions import PrivacyErrorCode
from apps.privacy.models import ConsentScope, PersonConsent
from apps.privacy.utils import configured_provider

_REFUSALS = {
    None: "This person has not consented to storing their photos. Record their consent first.",
    ConsentScope.SEND_TO_PROVIDER: (
        "This person has not consented to their photos being sent to the image provider. "
        "Record that consent first, or use the offline provider."
    ),
    ConsentScope.FACE_MATCHING: "This person has not consented to face matching.",
}
_PROVIDER_NAMES = {"gemini": "Google's Gemini API"}


def _refusal(user_id: UUID, scope: ConsentScope | None) -> str | None:
    """Why the person's consent in force (their latest row) does not cover `scope`; None
    when it does."""
    consent = PersonConsent.objects.filter(user_id=user_id).first()
    if consent is None or not consent.covers(scope):
        return _REFUSALS[scope]
    provider = configured_provider()
    if scope is ConsentScope.SEND_TO_PROVIDER and consent.provider != provider:
        # Agreeing under one notice does not cover a provider that notice did not name.
        return (
            "The privacy notice has changed: photos are now sent to "
            f"{_PROVIDER_NAMES.get(provider, provider)}, which the notice this person agreed "
            "to did not name. They need to give their consent again under the new notice "
            "(send them a new consent link)."
        )
    return None


def has_consent(*, user_id: UUID, scope: ConsentScope | None = None) -> bool:
    """Whether the person's consent in force covers `scope` (or is in force at all, when
    none is named). Consent to send photos covers only the provider its notice named."""
    return _refusal(user_id, scope) is None


def ensure_consent(*, user_id: UUID, scope: ConsentScope | None = None) -> None:
    """409 `consent_required`, with a sentence saying what is missing, unless consented."""
    refusal = _refusal(user_id, scope)
    if refusal is not None:
        raise Conflict(refusal, code=PrivacyErrorCode.CONSENT_REQUIRED)
