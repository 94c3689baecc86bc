from uuid import UUID

from rest_framework.exceptions import PermissionDenied

from apps.users.functions.admin import get_user
from apps.users.models import User

_NOT_STAFF = "Only an admin can erase another person; you can erase only yourself."
_ADMIN_ACCOUNT = (
    "Only a superuser can erase an admin or a superuser. Ask a superuser to erase this person."
)
_DELETE_ACCOUNT = (
    "Only a superuser can delete an account. Erase the person's data and keep the account, "
    "or ask a superuser."
)


def get_person_to_erase(*, actor: User, user_id: UUID, delete_account: bool = False) -> User:
    """The person `actor` may erase, or a 403 with a sentence saying who may.

    Anyone may erase themself. Staff erase people who are not staff; only a superuser erases
    an admin or a superuser, and only a superuser deletes an account (their own included).
    Checked before the request's body is validated, and again with `delete_account` once it has
    been.
    """
    if delete_account and not actor.is_superuser:
        raise PermissionDenied(_DELETE_ACCOUNT)
    if user_id == actor.pk:
        return actor
    if not actor.is_staff:
        raise PermissionDenied(_NOT_STAFF)
    person = get_user(user_id=user_id)
    if (person.is_staff or person.is_superuser) and not actor.is_superuser:
        raise PermissionDenied(_ADMIN_ACCOUNT)
    return person
