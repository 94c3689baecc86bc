from django.db.models import QuerySet

from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def list_reference_images_for(*, actor: User) -> QuerySet[ReferenceImage]:
    """The actor's own reference photos, in slot order."""
    return ReferenceImage.objects.filter(user=actor).order_by("order")
