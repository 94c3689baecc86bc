from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings

from apps.core.utils import TaskWorkerStatus, task_worker_status
from apps.image_generation.models import GenerationJob
from apps.reference_images.models import MAX_REFERENCE_IMAGES
from apps.reference_images.utils import PhotoLimits, photo_limits
from services.image_generation import (
    ALLOWED_ASPECT_RATIOS,
    ALLOWED_RESOLUTIONS,
    estimate_request_cost_usd,
    get_image_service,
)

from .generate_identity_image import MAX_CANDIDATES


@dataclass(frozen=True)
class GenerationOptions:
    provider: str
    model: str
    provider_uses_additional_prompt: bool
    aspect_ratios: list[str]
    resolutions: list[str]
    default_aspect_ratio: str
    default_resolution: str
    estimated_cost_usd: dict[str, Decimal]
    worker: TaskWorkerStatus
    photo_limits: PhotoLimits
    max_candidates: int
    finished_statuses: list[str]


def get_generation_options() -> GenerationOptions:
    """What the page may ask for, the defaults, what each resolution is likely to cost,
    whether a worker is there to draw it, and what a reference photo may be; also how many
    posters one request may ask for and which statuses are final, so the page keeps no copies."""
    service = get_image_service()
    costs = {
        resolution: estimate_request_cost_usd(
            model=service.model_name,
            resolution=resolution,
            reference_count=MAX_REFERENCE_IMAGES,
            prompt_chars=1000,
        )
        for resolution in ALLOWED_RESOLUTIONS
    }
    return GenerationOptions(
        provider=service.provider_name,
        model=service.model_name,
        provider_uses_additional_prompt=service.uses_additional_prompt,
        aspect_ratios=list(ALLOWED_ASPECT_RATIOS),
        resolutions=list(ALLOWED_RESOLUTIONS),
        default_aspect_ratio=settings.GENERATION_DEFAULT_ASPECT_RATIO,
        default_resolution=settings.GENERATION_DEFAULT_RESOLUTION,
        estimated_cost_usd=costs,
        worker=task_worker_status(),
        photo_limits=photo_limits(),
        max_candidates=MAX_CANDIDATES,
        finished_statuses=[status.value for status in GenerationJob.FINISHED],
    )
