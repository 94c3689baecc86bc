from django.db.models import QuerySet

from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def list_reference_images_for(
    *, actor: User, person: User | None = None
) -> QuerySet[ReferenceImage]:
    """One person's reference photos (the actor's own unless `person` is named: see
    `get_person_acted_for`), among those the actor may reach, in slot order."""
    return ReferenceImage.objects.visible_to(actor).filter(user=person or actor).order_by("order")
