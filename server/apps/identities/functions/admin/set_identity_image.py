from uuid import UUID

from django.core.files import File
from django.db import transaction

from apps.core.utils import replace_image_file
from apps.identities.models import Identity

from .get_identity import get_identity


@transaction.atomic
def set_identity_image(*, identity_id: UUID, image_file: File[bytes], name: str) -> Identity:
    """Put an image this app made (a generated poster) on an identity, stored byte for byte.

    Not a person's upload, so it skips the upload pipeline; the old files go only after the
    new one is stored and committed.
    """
    get_identity(identity_id=identity_id)  # NotFound with a sentence
    locked = Identity.objects.select_for_update().get(pk=identity_id)
    replace_image_file(instance=locked, file=image_file, name=name)
    return locked
