from uuid import UUID

from django.core.files import File

from apps.reference_images.functions.public import upload_reference_image
from apps.reference_images.models import ReferenceImage

from .get_reference_image import get_reference_image


def upload_reference_image_any(
    *, reference_image_id: UUID, image_file: File[bytes], name: str | None = None
) -> ReferenceImage:
    """Staff: replace the photo of anyone's reference image, as its owner would.

    Not atomic: the photo is decoded outside any transaction (see `upload_reference_image`).
    """
    owner = get_reference_image(reference_image_id=reference_image_id).user
    return upload_reference_image(
        actor=owner, reference_image_id=reference_image_id, image_file=image_file, name=name
    )
