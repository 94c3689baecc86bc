from django.core.files import File
from django.db import transaction

from apps.core.uploads import prepare_uploaded_image_file
from apps.core.utils import replace_image_file
from apps.identities.models import Identity


@transaction.atomic
def upload_identity_image(*, identity: Identity, image_file: File, name: str) -> Identity:
    """Set or replace an identity's image; the old files go only after the new one is stored."""
    prepared = prepare_uploaded_image_file(file=image_file)
    locked = Identity.objects.select_for_update().get(pk=identity.pk)
    replace_image_file(instance=locked, file=prepared, name=str(prepared.name))
    return locked
