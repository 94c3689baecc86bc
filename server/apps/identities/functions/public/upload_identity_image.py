from uuid import UUID

from django.core.files import File
from django.db import transaction

from apps.core.uploads import prepare_uploaded_image_file
from apps.core.utils import replace_image_file
from apps.identities.models import Identity
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def upload_identity_image(
    *, actor: User, identity_id: UUID, image_file: File[bytes], name: str
) -> Identity:
    """Set or replace the image of one of the actor's identities; the file goes through the
    upload pipeline, and the old files go only after the new one is stored."""
    get_identity_for(actor=actor, identity_id=identity_id)  # NotFound before any work
    prepared = prepare_uploaded_image_file(file=image_file)
    locked = get_identity_for(actor=actor, identity_id=identity_id, for_update=True)
    replace_image_file(instance=locked, file=prepared, name=str(prepared.name))
    return locked
