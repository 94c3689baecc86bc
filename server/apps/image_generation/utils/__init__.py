from .build_identity_prompt import build_identity_prompt
from .build_refinement_prompt import build_refinement_prompt
from .estimate_job_cost_usd import estimate_job_cost_usd
from .job_deletes_at import job_deletes_at
from .load_reference_photos import load_reference_photos
from .poster_download_name import poster_download_name

__all__ = [
    "build_identity_prompt",
    "build_refinement_prompt",
    "estimate_job_cost_usd",
    "job_deletes_at",
    "load_reference_photos",
    "poster_download_name",
]
