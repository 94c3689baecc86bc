from django.core.files import File
from django.db import transaction

from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import prepare_reference_image, store_prepared_image


@transaction.atomic
def upload_reference_image(*, reference_image: ReferenceImage, image_file: File) -> ReferenceImage:
    """Replace a reference image's photo; the old files go only after the new ones are stored."""
    prepared = prepare_reference_image(file=image_file)
    locked = ReferenceImage.objects.select_for_update().get(pk=reference_image.pk)
    store_prepared_image(reference_image=locked, prepared=prepared)
    return locked
