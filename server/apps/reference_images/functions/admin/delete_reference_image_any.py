from uuid import UUID

from django.db import transaction

from apps.reference_images.functions.public import delete_reference_image

from .get_reference_image import get_reference_image


@transaction.atomic
def delete_reference_image_any(*, reference_image_id: UUID) -> None:
    """Staff: delete anyone's reference photo, as its owner would."""
    owner = get_reference_image(reference_image_id=reference_image_id).user
    delete_reference_image(actor=owner, reference_image_id=reference_image_id)
