from uuid import UUID

from apps.core.utils import files_removed_on_failure, store_image_files
from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.utils import add_identity_image_version
from apps.users.models import User


def set_identity_image(
    *, identity_id: UUID, data: bytes, name: str, job_id: UUID, saved_by: User | None
) -> Identity:
    """Add a poster this app drew (job `job_id`) to an identity as its new current version,
    stored byte for byte.

    Not a person's upload, so it skips the upload pipeline; stored like an upload, outside
    any transaction of its own, before the short one that adds the version.
    """
    identity = Identity.objects.get(pk=identity_id)
    stored = store_image_files(
        instance=IdentityImageVersion(identity=identity), data=data, name=name
    )
    with files_removed_on_failure(stored.names):
        return add_identity_image_version(
            identity_id=identity.pk, stored=stored, created_by=saved_by, job_id=job_id
        )
