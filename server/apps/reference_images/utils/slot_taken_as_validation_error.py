from collections.abc import Iterator
from contextlib import contextmanager

from django.db import IntegrityError, transaction
from rest_framework.exceptions import ValidationError

from apps.reference_images.exceptions import ReferenceImageErrorCode
from apps.reference_images.models import MAX_REFERENCE_IMAGES


@contextmanager
def slot_taken_as_validation_error(*, order: int, limit_reached: bool) -> Iterator[None]:
    """Run a write in a savepoint; a clash on the (user, order) constraint becomes a 400."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        message = str(error)
        if "unique_user_image_order" not in message and "referenceimage.order" not in message:
            raise
        if limit_reached:
            raise ValidationError(
                f"Maximum {MAX_REFERENCE_IMAGES} reference images allowed",
                code=ReferenceImageErrorCode.LIMIT_REACHED,
            ) from error
        raise ValidationError(
            {"order": [f"Slot {order} is already in use."]}, code=ReferenceImageErrorCode.SLOT_TAKEN
        ) from error
