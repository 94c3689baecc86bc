from uuid import UUID

from rest_framework.exceptions import PermissionDenied

from apps.users.functions.admin import get_user
from apps.users.models import User


def get_person_acted_for(*, actor: User, user_id: UUID | None) -> User:
    """Whose rows a create or a list acts on: the actor's own when `user_id` is None or
    theirs; another person's only for staff (403 for anyone else, 404 for no such person)."""
    if user_id is None or user_id == actor.pk:
        return actor
    if not actor.is_staff:
        raise PermissionDenied("Only admins can act for another user.")
    return get_user(user_id=user_id)
