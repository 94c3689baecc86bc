from uuid import UUID

from django.utils import timezone

from apps.image_generation.functions.system import ensure_may_send_photos
from apps.reference_images.models import ReferenceImage
from services.image_generation import ImageService

from .list_references_to_send import list_references_to_send


def claim_references_to_send(*, user_id: UUID, service: ImageService) -> list[ReferenceImage]:
    """The photos a new poster (fresh or refined) sends, for a person who may send them.

    A provider that sends photos away needs the person's consent to it (409 otherwise; the
    worker asks again before sending); the photos are marked used now, since retention
    counts from a photo's last use.
    """
    references = list_references_to_send(user_id=user_id)
    ensure_may_send_photos(user_id=user_id, service=service)
    ReferenceImage.objects.filter(pk__in=[reference.pk for reference in references]).update(
        last_used_at=timezone.now()
    )
    return references
