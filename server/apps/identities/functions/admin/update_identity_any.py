from typing import Any
from uuid import UUID

from django.db import transaction

from apps.identities.functions.public import update_identity
from apps.identities.models import Identity

from .get_identity import get_identity


@transaction.atomic
def update_identity_any(*, identity_id: UUID, data: dict[str, Any]) -> Identity:
    """Staff: change anyone's identity, as its owner would."""
    owner = get_identity(identity_id=identity_id).user
    return update_identity(actor=owner, identity_id=identity_id, data=data)
