from uuid import UUID

from django.core.files import File

from apps.core.uploads import prepare_uploaded_image_file
from apps.core.utils import files_removed_on_failure, store_image_files
from apps.identities.models import Identity
from apps.identities.utils import point_identity_at_image
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
        return point_identity_at_image(identity_id=identity.pk, stored=stored)
