from .attach_poster_to_identity import attach_poster_to_identity
from .cancel_queued_jobs_of import cancel_queued_jobs_of
from .delete_generation_batches import delete_generation_batches
from .delete_generation_jobs import delete_generation_jobs
from .ensure_may_send_photos import ensure_may_send_photos
from .export_generations import export_generations
from .forget_poster_likeness import forget_poster_likeness
from .likeness_to_write import likeness_to_write
from .list_expired_generation_batches import list_expired_generation_batches
from .list_expired_generation_jobs import list_expired_generation_jobs
from .may_send_photos import may_send_photos
from .measure_poster_likeness import measure_poster_likeness
from .run_generation_job import run_generation_job

__all__ = [
    "attach_poster_to_identity",
    "cancel_queued_jobs_of",
    "delete_generation_batches",
    "delete_generation_jobs",
    "ensure_may_send_photos",
    "export_generations",
    "forget_poster_likeness",
    "likeness_to_write",
    "list_expired_generation_batches",
    "list_expired_generation_jobs",
    "may_send_photos",
    "measure_poster_likeness",
    "run_generation_job",
]
