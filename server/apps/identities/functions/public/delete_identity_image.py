from uuid import UUID

from django.db import transaction

from apps.identities.models import Identity
from apps.identities.utils import point_identity_at_version
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def delete_identity_image(*, actor: User, identity_id: UUID) -> Identity:
    """Take the image off one of the actor's identities: no current version any more. The
    versions stay, with their files, to be restored or deleted one by one."""
    locked = get_identity_for(actor=actor, identity_id=identity_id, for_update=True)
    return point_identity_at_version(identity=locked, version=None)
