from uuid import UUID

from apps.privacy.functions.public import ensure_consent
from apps.privacy.models import ConsentScope
from services.image_generation import ImageService


def ensure_may_send_photos(*, user_id: UUID, service: ImageService) -> None:
    """409 `consent_required` unless the person's photos may go to this provider now.

    The one rule, read fresh each time: generate and refine ask it before a job is queued,
    the worker right before each call to the provider (retries included). A provider that
    sends the photos away needs the person's consent to it; the offline poster sends
    nothing, so it needs none.
    """
    if service.sends_photos_away:
        ensure_consent(user_id=user_id, scope=ConsentScope.SEND_TO_PROVIDER)
