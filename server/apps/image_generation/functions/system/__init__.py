from .attach_poster_to_identity import attach_poster_to_identity
from .measure_poster_likeness import measure_poster_likeness
from .run_generation_job import run_generation_job

__all__ = ["attach_poster_to_identity", "measure_poster_likeness", "run_generation_job"]
