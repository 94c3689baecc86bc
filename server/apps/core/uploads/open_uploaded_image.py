import io

from django.conf import settings
from django.core.files import File
from PIL import Image, UnidentifiedImageError
from pillow_heif import register_heif_opener
from rest_framework.exceptions import ValidationError

from apps.core.exceptions import CoreErrorCode, PayloadTooLarge
from apps.core.utils import format_byte_sizes

from .larger_than_accepted import larger_than_accepted

register_heif_opener()

MAX_PIXELS = 40_000_000
MIN_SHORT_SIDE = 256
# MPO is how Pillow names the multi-picture JPEGs many phone cameras write.
ALLOWED_FORMATS = {"JPEG", "MPO", "PNG", "WEBP", "HEIF"}
# The same formats as a person names them (the page and every refusal say these).
ACCEPTED_FORMAT_NAMES = ("JPEG", "PNG", "WebP", "HEIC")
CHOOSE_AN_ACCEPTED_FORMAT = (
    f"Please choose a {', '.join(ACCEPTED_FORMAT_NAMES[:-1])} or {ACCEPTED_FORMAT_NAMES[-1]} photo."
)
# Pillow itself refuses (DecompressionBombError) anything over twice this, before decoding.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS

_UNREADABLE = f"This file is not an image we can read. {CHOOSE_AN_ACCEPTED_FORMAT}"


def open_uploaded_image(*, file: File[bytes]) -> Image.Image:
    """The uploaded image, fully decoded, once it has passed every check.

    Size in bytes (413, `IMAGE_UPLOAD_MAX_BYTES`), a real JPEG, PNG, WebP or HEIC whatever its
    name claims, at most 40 megapixels (checked from the header, before any pixel is decoded),
    shorter side at least 256 px, and bytes that decode completely. Every refusal is a sentence.
    """
    max_bytes = settings.IMAGE_UPLOAD_MAX_BYTES
    if file.size is not None and file.size > max_bytes:
        size, limit = format_byte_sizes(sizes=[file.size, max_bytes])
        raise PayloadTooLarge(
            f"This file is {size}; the largest image accepted is {limit}.",
            code=CoreErrorCode.FILE_TOO_LARGE,
        )
    file.seek(0)
    data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PayloadTooLarge(larger_than_accepted(), code=CoreErrorCode.FILE_TOO_LARGE)
    if not data:
        raise ValidationError(
            "The file is empty. Please choose an image.", code=CoreErrorCode.EMPTY_FILE
        )
    try:
        image = Image.open(io.BytesIO(data))
        if image.format not in ALLOWED_FORMATS:
            raise ValidationError(
                f"{image.format} files are not accepted. {CHOOSE_AN_ACCEPTED_FORMAT}",
                code=CoreErrorCode.UNSUPPORTED_FORMAT,
            )
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise ValidationError(
                f"This image is {width}x{height} pixels; the most accepted is 40 megapixels.",
                code=CoreErrorCode.TOO_MANY_PIXELS,
            )
        if min(width, height) < MIN_SHORT_SIDE:
            raise ValidationError(
                f"This image is {width}x{height} pixels; its shorter side must be at least "
                f"{MIN_SHORT_SIDE} pixels.",
                code=CoreErrorCode.TOO_SMALL,
            )
        image.load()
    except Image.DecompressionBombError as error:
        raise ValidationError(
            "This image has too many pixels; the most accepted is 40 megapixels.",
            code=CoreErrorCode.TOO_MANY_PIXELS,
        ) from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_UNREADABLE, code=CoreErrorCode.INVALID_IMAGE) from error
    return image
