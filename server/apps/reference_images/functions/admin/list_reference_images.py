from uuid import UUID

from django.db.models import QuerySet

from apps.reference_images.models import ReferenceImage


def list_reference_images(*, user_id: UUID) -> QuerySet[ReferenceImage]:
    """Staff: one user's reference photos, in slot order."""
    return ReferenceImage.objects.filter(user_id=user_id).order_by("order")
