from uuid import UUID

from django.db import transaction

from apps.core.utils import delete_files_on_commit, image_file_names
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def delete_identity(*, actor: User, identity_id: UUID) -> None:
    """Delete one of the actor's identities and, once that is committed, its image's files."""
    identity = get_identity_for(actor=actor, identity_id=identity_id)
    names = image_file_names(identity.image)
    identity.delete()
    delete_files_on_commit(names)
