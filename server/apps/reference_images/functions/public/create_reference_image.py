from django.core.files import File
from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import (
    get_next_available_order,
    lock_reference_image_slots,
    prepare_reference_image,
    slot_taken_as_validation_error,
    store_prepared_image,
)
from apps.users.models import User


@transaction.atomic
def create_reference_image(
    *, actor: User, image_file: File[bytes], name: str = "", order: int | None = None
) -> ReferenceImage:
    """Add a photo to one of the actor's five slots (the lowest free one unless `order` is given).

    The photo is checked, normalised and prepared before the slots are locked; the slot is
    taken under a lock on the actor's row and guarded by the unique constraint, so concurrent
    uploads never make a sixth image or a duplicate slot.
    """
    prepared = prepare_reference_image(file=image_file)
    lock_reference_image_slots(user=actor)
    if order is None:
        chosen = get_next_available_order(user=actor)
    else:
        if ReferenceImage.objects.filter(user=actor, order=order).exists():
            raise ValidationError(
                {"order": [f"Slot {order} is already in use."]}, code="slot_taken"
            )
        chosen = order
    reference_image = ReferenceImage(user=actor, name=name, order=chosen)
    reference_image.full_clean(exclude=["image", "model_image"], validate_constraints=False)
    with slot_taken_as_validation_error(order=chosen, limit_reached=order is None):
        store_prepared_image(reference_image=reference_image, prepared=prepared)
    return reference_image
