from django.db.models import QuerySet

from apps.identities.models import Identity
from apps.users.models import User


def list_identities_for(*, actor: User, person: User | None = None) -> QuerySet[Identity]:
    """One person's identities (the actor's own unless `person` is named: see
    `get_person_acted_for`), among those the actor may reach, in their display order."""
    return (
        Identity.objects.visible_to(actor)
        .select_related("current_version")
        .filter(user=person or actor)
        .order_by("order", "created_at")
    )
