from uuid import UUID

from django.db import transaction

from apps.core.utils import delete_files_on_commit, image_file_names
from apps.identities.models import Identity
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def delete_identity_image(*, actor: User, identity_id: UUID) -> Identity:
    """Remove the image of one of the actor's identities and, once committed, its files."""
    locked = get_identity_for(actor=actor, identity_id=identity_id, for_update=True)
    names = image_file_names(locked.image)
    locked.image = None
    locked.image_width = None
    locked.image_height = None
    locked.save(update_fields=["image", "image_width", "image_height", "updated_at"])
    delete_files_on_commit(names)
    return locked
