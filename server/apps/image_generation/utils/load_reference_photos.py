from collections.abc import Iterable

from apps.reference_images.models import ReferenceImage
from services.image_generation import ReferencePhoto


def load_reference_photos(references: Iterable[ReferenceImage]) -> list[ReferencePhoto]:
    """The stored model-ready JPEGs as bytes: no decoding, no re-encoding, no originals."""
    photos = []
    for reference in references:
        with reference.model_image.open("rb") as file:
            data = file.read()
        photos.append(
            ReferencePhoto(
                jpeg=data,
                width=reference.model_image_width,
                height=reference.model_image_height,
                face_box=tuple(reference.face_box) if reference.face_box else None,
            )
        )
    return photos
