from .attach_poster_to_identity import attach_poster_to_identity
from .delete_generation_batches import delete_generation_batches
from .delete_generation_jobs import delete_generation_jobs
from .export_generations import export_generations
from .list_expired_generation_batches import list_expired_generation_batches
from .list_expired_generation_jobs import list_expired_generation_jobs
from .measure_poster_likeness import measure_poster_likeness
from .run_generation_job import run_generation_job

__all__ = [
    "attach_poster_to_identity",
    "delete_generation_batches",
    "delete_generation_jobs",
    "export_generations",
    "list_expired_generation_batches",
    "list_expired_generation_jobs",
    "measure_poster_likeness",
    "run_generation_job",
]
