from rest_framework.exceptions import ValidationError

from apps.reference_images.exceptions import ReferenceImageErrorCode
from apps.reference_images.models import MAX_REFERENCE_IMAGES, ReferenceImage
from apps.users.models import User


def get_next_available_order(*, user: User) -> int:
    """The lowest free slot (0-4) of a user's reference images.

    Raises ValidationError when all five slots are taken.
    """
    taken = set(ReferenceImage.objects.filter(user=user).values_list("order", flat=True))
    for order in range(MAX_REFERENCE_IMAGES):
        if order not in taken:
            return order
    raise ValidationError(
        f"Maximum {MAX_REFERENCE_IMAGES} reference images allowed",
        code=ReferenceImageErrorCode.LIMIT_REACHED,
    )
