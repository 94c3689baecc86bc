from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.users.models import User


def get_user(*, user_id: UUID) -> User:
    """Any user by id, for staff actions; NotFound with a sentence when there is none."""
    try:
        user: User = User.objects.get(pk=user_id)
        return user
    except User.DoesNotExist as error:
        raise NotFound("No user with this id exists.") from error
