from uuid import UUID

from django.core.files import File
from django.db import transaction

from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import prepare_reference_image, store_prepared_image
from apps.users.models import User

from .get_reference_image_for import get_reference_image_for


@transaction.atomic
def upload_reference_image(
    *, actor: User, reference_image_id: UUID, image_file: File[bytes]
) -> ReferenceImage:
    """Replace the photo of one of the actor's reference images; the old files go only after
    the new ones are stored."""
    get_reference_image_for(actor=actor, reference_image_id=reference_image_id)  # before work
    prepared = prepare_reference_image(file=image_file)
    locked = get_reference_image_for(
        actor=actor, reference_image_id=reference_image_id, for_update=True
    )
    store_prepared_image(reference_image=locked, prepared=prepared)
    return locked
