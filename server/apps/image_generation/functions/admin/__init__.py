from .expire_stale_generation_jobs import expire_stale_generation_jobs
from .generate_identity_image import generate_identity_image
from .get_generation_options import GenerationOptions, get_generation_options
from .list_available_users import AvailableUser, list_available_users
from .list_generation_jobs import list_generation_jobs
from .requeue_stale_queued_jobs import requeue_stale_queued_jobs
from .run_generation_job import run_generation_job
from .save_image_to_identity import save_image_to_identity

__all__ = [
    "AvailableUser",
    "GenerationOptions",
    "expire_stale_generation_jobs",
    "generate_identity_image",
    "get_generation_options",
    "list_available_users",
    "list_generation_jobs",
    "requeue_stale_queued_jobs",
    "run_generation_job",
    "save_image_to_identity",
]
