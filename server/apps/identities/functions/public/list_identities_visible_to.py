from uuid import UUID

from django.db.models import QuerySet

from apps.identities.models import Identity
from apps.users.models import User


def list_identities_visible_to(*, user: User, user_id: UUID | None = None) -> QuerySet[Identity]:
    """Staff see every identity (optionally one user's); anyone else sees only their own."""
    identities = Identity.objects.all() if user.is_staff else Identity.objects.filter(user=user)
    if user_id is not None:
        identities = identities.filter(user_id=user_id)
    return identities.order_by("user_id", "order", "created_at")
