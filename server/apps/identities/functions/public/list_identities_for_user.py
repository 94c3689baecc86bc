from django.db.models import QuerySet

from apps.identities.models import Identity
from apps.users.models import User


def list_identities_for_user(*, user: User) -> QuerySet[Identity]:
    """One user's identities, in their display order."""
    return Identity.objects.filter(user=user).order_by("order", "created_at")
