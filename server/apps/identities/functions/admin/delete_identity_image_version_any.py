from uuid import UUID

from django.db import transaction

from apps.identities.functions.public import delete_identity_image_version

from .get_identity import get_identity


@transaction.atomic
def delete_identity_image_version_any(*, identity_id: UUID, version_id: UUID) -> None:
    """Staff: delete an image version of anyone's identity, as its owner would."""
    owner = get_identity(identity_id=identity_id).user
    delete_identity_image_version(actor=owner, identity_id=identity_id, version_id=version_id)
