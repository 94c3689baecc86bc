from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.identities.models import Identity
from apps.users.models import User


def get_identity_for(*, actor: User, identity_id: UUID, for_update: bool = False) -> Identity:
    """An identity the actor may reach (row-locked with `for_update`); NotFound for any
    other id, whether it exists or not."""
    identities = Identity.objects.visible_to(actor)
    if for_update:
        identities = identities.select_for_update()
    try:
        return identities.select_related("user").get(pk=identity_id)
    except Identity.DoesNotExist as error:
        raise NotFound("No identity with this id exists.") from error
