from django.db.models import QuerySet

from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def list_usable_reference_images(*, user: User) -> QuerySet[ReferenceImage]:
    """A user's reference photos that are stored with their model-ready copy, in slot order."""
    return (
        ReferenceImage.objects.filter(user=user)
        .exclude(image="")
        .exclude(model_image="")
        .order_by("order")
    )
