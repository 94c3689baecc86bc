from collections.abc import Iterable

from apps.reference_images.models import ReferenceImage
from services.image_generation import ReferencePhoto, sniff_image_type


def _scaled_face_box(reference: ReferenceImage, width: int) -> tuple[int, int, int, int] | None:
    """The face box, recorded on the stored photo, in the model-ready copy's pixels."""
    if not reference.face_box or not reference.image_width:
        return None
    factor = width / reference.image_width
    x, y, w, h = reference.face_box
    return (round(x * factor), round(y * factor), round(w * factor), round(h * factor))


def load_reference_photos(references: Iterable[ReferenceImage]) -> list[ReferencePhoto]:
    """The stored model-ready JPEGs as bytes: no decoding, no re-encoding, no originals."""
    photos = []
    for reference in references:
        with reference.model_image.open("rb") as file:
            data = file.read()
        sniffed = sniff_image_type(data)  # reads the header only
        if sniffed is None:
            raise OSError(f"The model-ready copy of reference image {reference.pk} is unreadable.")
        photos.append(
            ReferencePhoto(
                jpeg=data,
                width=sniffed.width,
                height=sniffed.height,
                face_box=_scaled_face_box(reference, sniffed.width),
            )
        )
    return photos
