from django.db.models import QuerySet

from apps.identities.models import Identity
from apps.users.models import User


def list_identities_for(*, actor: User) -> QuerySet[Identity]:
    """The actor's own identities, in their display order."""
    return (
        Identity.objects.select_related("current_version")
        .filter(user=actor)
        .order_by("order", "created_at")
    )
