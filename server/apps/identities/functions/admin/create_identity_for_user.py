from uuid import UUID

from django.db import transaction

from apps.identities.functions.public import create_identity
from apps.identities.models import Identity
from apps.users.functions.admin import get_user


@transaction.atomic
def create_identity_for_user(
    *, user_id: UUID, name: str, category: str = "", i_am_statement: str = "", order: int = 0
) -> Identity:
    """Staff: create an identity for any user by id, as that user would."""
    return create_identity(
        actor=get_user(user_id=user_id),
        name=name,
        category=category,
        i_am_statement=i_am_statement,
        order=order,
    )
