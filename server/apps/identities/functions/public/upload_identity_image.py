from uuid import UUID

from django.core.files import File

from apps.core.uploads import prepare_uploaded_image_file
from apps.core.utils import files_removed_on_failure, store_image_files
from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.utils import add_identity_image_version
from apps.users.models import User

from .get_identity_for import get_identity_for


def upload_identity_image(
    *,
    actor: User,
    identity_id: UUID,
    image_file: File[bytes],
    name: str,
) -> Identity:
    """Add an image the actor uploaded to an identity they may reach, as its new current
    version.

    The file goes through the upload pipeline and is stored with its renditions outside any
    transaction (on SQLite a transaction holds the one write lock); a short transaction then
    adds the version. If that fails, the new files go again; earlier versions keep theirs.
    """
    identity = get_identity_for(actor=actor, identity_id=identity_id)  # NotFound before work
    prepared = prepare_uploaded_image_file(file=image_file)
    stored = store_image_files(
        instance=IdentityImageVersion(identity=identity),
        data=prepared.read(),
        name=str(prepared.name),
    )
    with files_removed_on_failure(stored.names):
        return add_identity_image_version(identity_id=identity.pk, stored=stored, created_by=actor)
