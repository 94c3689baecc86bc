from .build_identity_prompt import build_identity_prompt
from .enqueue_generation_job import enqueue_generation_job
from .load_reference_photos import load_reference_photos

__all__ = ["build_identity_prompt", "enqueue_generation_job", "load_reference_photos"]
