from uuid import UUID

from django.db.models import QuerySet

from apps.identities.models import Identity


def list_identities(*, user_id: UUID | None = None) -> QuerySet[Identity]:
    """Staff: every identity, or one user's, in each user's display order."""
    identities = Identity.objects.select_related("current_version")
    if user_id is not None:
        identities = identities.filter(user_id=user_id)
    return identities.order_by("user_id", "order", "created_at")
