from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.identities.models import Identity


def get_identity(*, identity_id: UUID) -> Identity:
    """Staff: anyone's identity by id; NotFound with a sentence when there is none."""
    try:
        return Identity.objects.select_related("user").get(pk=identity_id)
    except Identity.DoesNotExist as error:
        raise NotFound("No identity with this id exists.") from error
