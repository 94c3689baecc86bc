from decimal import Decimal

from apps.image_generation.models import GenerationJob
from services.image_generation import estimate_request_cost_usd


def estimate_job_cost_usd(job: GenerationJob) -> Decimal:
    """What a job's provider call is likely to cost, before it is made."""
    return estimate_request_cost_usd(
        model=job.model,
        resolution=job.resolution,
        # A refinement also sends its parent's poster.
        reference_count=len(job.reference_image_ids) + (1 if job.parent_id else 0),
        prompt_chars=len(job.prompt),
    )
