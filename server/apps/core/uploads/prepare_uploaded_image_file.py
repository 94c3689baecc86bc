from django.core.files import File
from django.core.files.base import ContentFile

from .encode_image import encode_image
from .normalise_uploaded_image import normalise_uploaded_image

# Lossless stays lossless; every other format is stored as JPEG.
_STORED_FORMATS = {"PNG": ("PNG", "image.png")}
_DEFAULT_STORED = ("JPEG", "image.jpg")


def prepare_uploaded_image_file(*, file: File[bytes]) -> ContentFile[bytes]:
    """An uploaded image checked, normalised and re-encoded, as the file to store.

    A PNG is stored as PNG, anything else as JPEG; the name carries the extension of what is
    stored, never the client's. Raises ValidationError (400) or PayloadTooLarge (413) with a
    sentence when the file is refused.
    """
    normalised = normalise_uploaded_image(file=file)
    image_format, name = _STORED_FORMATS.get(normalised.source_format, _DEFAULT_STORED)
    return ContentFile(encode_image(image=normalised.image, image_format=image_format), name=name)
