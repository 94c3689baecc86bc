from decimal import Decimal

from apps.image_generation.models import GenerationJob
from services.image_generation import estimate_request_cost_usd


def estimate_job_cost_usd(job: GenerationJob) -> Decimal:
    """What a job's provider call is likely to cost, before it is made."""
    return estimate_request_cost_usd(
        model=job.model,
        resolution=job.resolution,
        reference_count=len(job.reference_image_ids),
        prompt_chars=len(job.prompt),
    )
