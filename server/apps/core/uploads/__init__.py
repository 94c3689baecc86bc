from .encode_image import STORED_JPEG_QUALITY, encode_image
from .larger_than_accepted import larger_than_accepted
from .normalise_image import normalise_image
from .normalise_uploaded_image import NormalisedImage, normalise_uploaded_image
from .open_uploaded_image import (
    ACCEPTED_FORMAT_NAMES,
    ALLOWED_FORMATS,
    CHOOSE_AN_ACCEPTED_FORMAT,
    MAX_PIXELS,
    MIN_SHORT_SIDE,
    open_uploaded_image,
)
from .prepare_uploaded_image_file import prepare_uploaded_image_file

__all__ = [
    "ACCEPTED_FORMAT_NAMES",
    "ALLOWED_FORMATS",
    "CHOOSE_AN_ACCEPTED_FORMAT",
    "MAX_PIXELS",
    "MIN_SHORT_SIDE",
    "STORED_JPEG_QUALITY",
    "NormalisedImage",
    "encode_image",
    "larger_than_accepted",
    "normalise_image",
    "normalise_uploaded_image",
    "open_uploaded_image",
    "prepare_uploaded_image_file",
]
