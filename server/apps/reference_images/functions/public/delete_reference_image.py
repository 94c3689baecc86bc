from django.db import transaction

from apps.core.utils import delete_files_on_commit, image_file_names
from apps.reference_images.models import ReferenceImage


@transaction.atomic
def delete_reference_image(*, reference_image: ReferenceImage) -> None:
    """Delete a reference image and, once that is committed, every file of it."""
    names = image_file_names(reference_image.image)
    if reference_image.model_image.name:
        names.append(reference_image.model_image.name)
    reference_image.delete()
    delete_files_on_commit(names)
