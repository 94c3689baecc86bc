from uuid import UUID

from django.db.models import QuerySet

from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def list_reference_images_visible_to(
    *, user: User, owner_id: UUID | None = None
) -> QuerySet[ReferenceImage]:
    """Staff see anyone's reference images (optionally one owner's); others only their own."""
    images = (
        ReferenceImage.objects.all()
        if user.is_staff
        else ReferenceImage.objects.filter(user_id=user.pk)
    )
    if owner_id is not None:
        images = images.filter(user_id=owner_id)
    return images.order_by("user_id", "order")
