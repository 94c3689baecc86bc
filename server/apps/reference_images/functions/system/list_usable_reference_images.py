from uuid import UUID

from django.db.models import QuerySet

from apps.reference_images.models import ReferenceImage


def list_usable_reference_images(*, user_id: UUID) -> QuerySet[ReferenceImage]:
    """A user's reference photos that are stored with their model-ready copy, in slot order."""
    return (
        ReferenceImage.objects.filter(user_id=user_id)
        .exclude(image="")
        .exclude(model_image="")
        .order_by("order")
    )
