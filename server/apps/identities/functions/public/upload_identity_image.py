from uuid import UUID

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from apps.core.uploads import prepare_uploaded_image_file
from apps.core.utils import (
    StoredImage,
    delete_files_on_commit,
    files_removed_on_failure,
    image_file_names,
    store_image_files,
)
from apps.identities.models import Identity
from apps.users.models import User

from .get_identity_for import get_identity_for


def upload_identity_image(
    *, actor: User, identity_id: UUID, image_file: File[bytes], name: str
) -> Identity:
    """Set or replace the image of one of the actor's identities.

    The file goes through the upload pipeline and is stored with its renditions outside any
    transaction (on SQLite a transaction holds the one write lock); a short transaction then
    points the row at it. The old files go only once that is committed; if it fails, the
    new files go instead.
    """
    identity = get_identity_for(actor=actor, identity_id=identity_id)  # NotFound before work
    prepared = prepare_uploaded_image_file(file=image_file)
    stored = store_image_files(instance=identity, data=prepared.read(), name=str(prepared.name))
    with files_removed_on_failure(stored.names):
        return _point_at(actor=actor, identity_id=identity_id, stored=stored)


@transaction.atomic
def _point_at(*, actor: User, identity_id: UUID, stored: StoredImage) -> Identity:
    locked = get_identity_for(actor=actor, identity_id=identity_id, for_update=True)
    old_names = image_file_names(locked.image)
    # A plain UPDATE: assigning a new image to a loaded row would read the file back for
    # its dimensions, which are known.
    Identity.objects.filter(pk=locked.pk).update(**stored.fields, updated_at=timezone.now())
    delete_files_on_commit(old_names)
    return Identity.objects.get(pk=locked.pk)
