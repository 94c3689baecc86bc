from uuid import UUID

from django.db import transaction

from apps.identities.functions.public import delete_identity_image
from apps.identities.models import Identity

from .get_identity import get_identity


@transaction.atomic
def delete_identity_image_any(*, identity_id: UUID) -> Identity:
    """Staff: remove the image of anyone's identity, as its owner would."""
    owner = get_identity(identity_id=identity_id).user
    return delete_identity_image(actor=owner, identity_id=identity_id)
