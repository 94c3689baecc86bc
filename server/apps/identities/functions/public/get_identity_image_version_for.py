from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.identities.models import IdentityImageVersion
from apps.users.models import User

from .get_identity_for import get_identity_for


def get_identity_image_version_for(
    *, actor: User, identity_id: UUID, version_id: UUID, for_update: bool = False
) -> IdentityImageVersion:
    """One version of an identity the actor may reach (the identity row-locked with
    `for_update`); NotFound for any other id."""
    identity = get_identity_for(actor=actor, identity_id=identity_id, for_update=for_update)
    try:
        return IdentityImageVersion.objects.get(pk=version_id, identity=identity)
    except IdentityImageVersion.DoesNotExist as error:
        raise NotFound("This identity has no image version with this id.") from error
