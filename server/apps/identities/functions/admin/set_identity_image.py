from uuid import UUID

from apps.core.utils import files_removed_on_failure, store_image_files
from apps.identities.models import Identity
from apps.identities.utils import point_identity_at_image

from .get_identity import get_identity


def set_identity_image(*, identity_id: UUID, data: bytes, name: str) -> Identity:
    """Put an image this app made (a generated poster) on an identity, stored byte for byte.

    Not a person's upload, so it skips the upload pipeline; stored like an upload, outside
    any transaction of its own, and the old files go only after the row points at the new.
    """
    identity = get_identity(identity_id=identity_id)  # NotFound with a sentence
    stored = store_image_files(instance=identity, data=data, name=name)
    with files_removed_on_failure(stored.names):
        return point_identity_at_image(identity_id=identity.pk, stored=stored)
