from typing import Any
from uuid import UUID

from django.db import transaction

from apps.reference_images.functions.public import update_reference_image
from apps.reference_images.models import ReferenceImage

from .get_reference_image import get_reference_image


@transaction.atomic
def update_reference_image_any(*, reference_image_id: UUID, data: dict[str, Any]) -> ReferenceImage:
    """Staff: rename or move anyone's reference photo, as its owner would."""
    owner = get_reference_image(reference_image_id=reference_image_id).user
    return update_reference_image(actor=owner, reference_image_id=reference_image_id, data=data)
