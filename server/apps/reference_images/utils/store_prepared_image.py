from dataclasses import asdict

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from apps.core.utils import delete_files_on_commit, replace_image_file
from apps.reference_images.models import ReferenceImage

from .prepare_reference_image import PreparedImage


def store_prepared_image(*, reference_image: ReferenceImage, prepared: PreparedImage) -> None:
    """Store a prepared photo, its derivative and renditions on the row, and save the row.

    New files are stored first; the old ones (original, renditions, derivative) are deleted
    only once the transaction commits. If anything fails, the new files are removed and the
    old ones are left as they were.
    """
    old_model_image = reference_image.model_image.name
    reference_image.face_count = prepared.quality.faces
    reference_image.face_box = prepared.quality.face_box
    reference_image.quality_warnings = [asdict(warning) for warning in prepared.quality.warnings]
    reference_image.model_image.save(
        "model.jpg", ContentFile(prepared.model_image_bytes), save=False
    )
    try:
        replace_image_file(
            instance=reference_image,
            file=ContentFile(prepared.image_bytes, name="reference.jpg"),
            name="reference.jpg",
        )
    except BaseException:
        if reference_image.model_image.name:
            default_storage.delete(reference_image.model_image.name)
        raise
    delete_files_on_commit([old_model_image] if old_model_image else [])
