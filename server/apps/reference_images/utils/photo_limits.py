from dataclasses import dataclass

from django.conf import settings

from apps.core.uploads import (
    ACCEPTED_FORMAT_NAMES,
    CHOOSE_AN_ACCEPTED_FORMAT,
    MAX_PIXELS,
    MIN_SHORT_SIDE,
    larger_than_accepted,
)
from apps.core.utils import format_byte_sizes
from apps.reference_images.models import MAX_REFERENCE_IMAGES

from .assess_image_quality import LOW_RESOLUTION_SHORT_SIDE


@dataclass(frozen=True)
class PhotoLimits:
    max_photos: int
    max_bytes: int
    max_size: str  # max_bytes as a person reads it: "20 MB"
    max_megapixels: int
    min_short_side_px: int  # refused below
    recommended_short_side_px: int  # warned below
    accepted_formats: tuple[str, ...]
    # The upload's own refusals, for the page to say the same before it sends a file.
    too_large_refusal: str
    wrong_format_refusal: str


def photo_limits() -> PhotoLimits:
    """What a reference photo may be, as the upload checks it: the page's tips and its checks
    before sending read these, so the numbers and the words have one source."""
    (max_size,) = format_byte_sizes(sizes=[settings.IMAGE_UPLOAD_MAX_BYTES])
    return PhotoLimits(
        max_photos=MAX_REFERENCE_IMAGES,
        max_bytes=settings.IMAGE_UPLOAD_MAX_BYTES,
        max_size=max_size,
        max_megapixels=MAX_PIXELS // 1_000_000,
        min_short_side_px=MIN_SHORT_SIDE,
        recommended_short_side_px=LOW_RESOLUTION_SHORT_SIDE,
        accepted_formats=ACCEPTED_FORMAT_NAMES,
        too_large_refusal=larger_than_accepted(),
        wrong_format_refusal=CHOOSE_AN_ACCEPTED_FORMAT,
    )
