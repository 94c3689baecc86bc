from uuid import UUID

from django.db import transaction

from apps.identities.functions.public import delete_identity

from .get_identity import get_identity


@transaction.atomic
def delete_identity_any(*, identity_id: UUID) -> None:
    """Staff: delete anyone's identity, as its owner would."""
    owner = get_identity(identity_id=identity_id).user
    delete_identity(actor=owner, identity_id=identity_id)
