from uuid import UUID

from django.core.files import File
from django.db import transaction

from apps.core.uploads import prepare_uploaded_image_file
from apps.core.utils import StoredImage, files_removed_on_failure, store_image_files
from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.utils import add_identity_image_version
from apps.privacy.functions.public import ensure_consent
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

    The image is of the identity's person, so it is stored only while their consent is in
    force (409 `consent_required` otherwise, nothing stored), checked before any work and
    again when the version is added. The file goes through the upload pipeline and is
    stored with its renditions outside any transaction (on SQLite a transaction holds the
    one write lock); a short transaction then adds the version. If that fails, the new
    files go again; earlier versions keep theirs.
    """
    identity = get_identity_for(actor=actor, identity_id=identity_id)  # NotFound before work
    ensure_consent(user_id=identity.user_id)  # before any work
    prepared = prepare_uploaded_image_file(file=image_file)
    stored = store_image_files(
        instance=IdentityImageVersion(identity=identity),
        data=prepared.read(),
        name=str(prepared.name),
    )
    with files_removed_on_failure(stored.names):
        return _add_version(identity=identity, stored=stored, actor=actor)


@transaction.atomic
def _add_version(*, identity: Identity, stored: StoredImage, actor: User) -> Identity:
    ensure_consent(user_id=identity.user_id)  # not withdrawn meanwhile
    return add_identity_image_version(identity_id=identity.pk, stored=stored, created_by=actor)
