"""Image generation providers: Gemini and an offline local poster, behind one interface."""

from .estimate_cost import estimate_cost_usd, estimate_request_cost_usd
from .gemini_service import GeminiImageService
from .get_image_service import get_image_service
from .image_generation_error import ImageGenerationError
from .image_service import ImageService
from .image_sizes import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS, PIXEL_SIZES, pixel_size
from .local_service import LocalPosterService
from .provider_result import GeneratedImage, ReferencePhoto, Refinement, TokenUsage, TurnPart
from .sending_withheld import SendingWithheld
from .sniff_image_type import SniffedImage, sniff_image_type

__all__ = [
    "ALLOWED_ASPECT_RATIOS",
    "ALLOWED_RESOLUTIONS",
    "PIXEL_SIZES",
    "GeminiImageService",
    "GeneratedImage",
    "ImageGenerationError",
    "ImageService",
    "LocalPosterService",
    "ReferencePhoto",
    "Refinement",
    "SendingWithheld",
    "SniffedImage",
    "TokenUsage",
    "TurnPart",
    "estimate_cost_usd",
    "estimate_request_cost_usd",
    "get_image_service",
    "pixel_size",
    "sniff_image_type",
]
