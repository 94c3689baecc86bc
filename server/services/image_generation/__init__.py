"""Image generation providers: Gemini and an offline local poster, behind one interface."""

from .gemini_service import GeminiImageService
from .image_generation_error import ImageGenerationError
from .image_service import ImageService
from .image_sizes import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS, PIXEL_SIZES, pixel_size
from .provider_result import GeneratedImage, ReferencePhoto, TokenUsage
from .sniff_image_type import SniffedImage, sniff_image_type

__all__ = [
    "ALLOWED_ASPECT_RATIOS",
    "ALLOWED_RESOLUTIONS",
    "PIXEL_SIZES",
    "GeminiImageService",
    "GeneratedImage",
    "ImageGenerationError",
    "ImageService",
    "ReferencePhoto",
    "SniffedImage",
    "TokenUsage",
    "pixel_size",
    "sniff_image_type",
]
