from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.users.models import User


def get_test_user(*, user_id: UUID) -> User:
    """The user of a test scenario; NotFound for any other id."""
    try:
        user: User = User.objects.get(pk=user_id, test_scenario__isnull=False)
        return user
    except User.DoesNotExist as error:
        raise NotFound("No test user with this id exists.") from error
