from uuid import UUID

from rest_framework.exceptions import NotFound, PermissionDenied

from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.test_scenario.functions.admin import get_test_user
from apps.users.models import User


def get_generation_subject(*, actor: User, user_id: UUID) -> User:
    """Whom an admin may make a poster of: themself or a test account, the people the page
    offers (`list_available_users`). PermissionDenied for any other person."""
    if user_id == actor.pk:
        return actor
    try:
        return get_test_user(user_id=user_id)
    except NotFound:
        if not User.objects.filter(pk=user_id).exists():
            raise NotFound("No user with this id exists.") from None
        raise PermissionDenied(
            "Posters can be made only of yourself and of test accounts.",
            code=ImageGenerationErrorCode.NOT_A_GENERATION_SUBJECT,
        ) from None
