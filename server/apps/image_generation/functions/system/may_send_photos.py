from uuid import UUID

from apps.core.exceptions import Conflict
from services.image_generation import ImageService, get_image_service

from .ensure_may_send_photos import ensure_may_send_photos


def may_send_photos(*, user_id: UUID, service: ImageService | None = None) -> bool:
    """Whether the person's photos may go to `service` (the configured provider by default)
    now: `ensure_may_send_photos`'s rule, as a yes or no."""
    try:
        ensure_may_send_photos(user_id=user_id, service=service or get_image_service())
    except Conflict:
        return False
    return True
