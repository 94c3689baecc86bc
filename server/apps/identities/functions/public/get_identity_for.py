from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.identities.models import Identity
from apps.users.models import User


def get_identity_for(*, actor: User, identity_id: UUID, for_update: bool = False) -> Identity:
    """One of the actor's own identities (row-locked with `for_update`); NotFound for any
    other id, whether it exists or not."""
    identities = Identity.objects.select_for_update() if for_update else Identity.objects
    try:
        return identities.get(pk=identity_id, user=actor)
    except Identity.DoesNotExist as error:
        raise NotFound("No identity with this id exists.") from error
