from uuid import UUID

from django.db import transaction

from apps.identities.functions.public import restore_identity_image_version
from apps.identities.models import Identity

from .get_identity import get_identity


@transaction.atomic
def restore_identity_image_version_any(*, identity_id: UUID, version_id: UUID) -> Identity:
    """Staff: make an earlier image of anyone's identity current again, as its owner would."""
    owner = get_identity(identity_id=identity_id).user
    return restore_identity_image_version(
        actor=owner, identity_id=identity_id, version_id=version_id
    )
