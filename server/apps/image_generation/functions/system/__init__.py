from .attach_poster_to_identity import attach_poster_to_identity
from .run_generation_job import run_generation_job

__all__ = ["attach_poster_to_identity", "run_generation_job"]
