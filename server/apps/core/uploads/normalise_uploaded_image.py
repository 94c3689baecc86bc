from dataclasses import dataclass

from django.core.files import File
from PIL import Image

from .normalise_image import normalise_image
from .open_uploaded_image import open_uploaded_image


@dataclass(frozen=True)
class NormalisedImage:
    """An uploaded image that passed every check, ready to be encoded and stored."""

    image: Image.Image  # upright, 8-bit sRGB, RGB, no metadata (not even in `info`)
    source_format: str  # what the bytes really were: JPEG, MPO, PNG, WEBP or HEIF


def normalise_uploaded_image(*, file: File[bytes]) -> NormalisedImage:
    """Check an uploaded image and normalise it, in memory: the one pipeline for every image a
    person gives us (reference photos, identity images).

    Raises ValidationError (400) or PayloadTooLarge (413) with a sentence when the file is
    refused. The result keeps no metadata: EXIF (with any GPS location), XMP, comments and
    colour profiles are gone, once the orientation and the profile are applied to the pixels.
    """
    opened = open_uploaded_image(file=file)
    return NormalisedImage(image=normalise_image(image=opened), source_format=opened.format or "")
