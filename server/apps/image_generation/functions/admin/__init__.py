from .cancel_generation_job import cancel_generation_job
from .download_generation_job import download_generation_job
from .generate_identity_image import MAX_CANDIDATES, StartedBatch, generate_identity_image
from .get_generation_job import get_generation_job
from .get_generation_options import GenerationOptions, get_generation_options
from .get_generation_subject import get_generation_subject
from .get_job_lineage import LineageStep, get_job_lineage
from .list_available_users import AvailableUser, list_available_users
from .list_generation_jobs import list_generation_jobs
from .refine_generation_job import refine_generation_job
from .save_image_to_identity import save_image_to_identity
from .set_generation_job_starred import set_generation_job_starred

__all__ = [
    "MAX_CANDIDATES",
    "AvailableUser",
    "GenerationOptions",
    "LineageStep",
    "StartedBatch",
    "cancel_generation_job",
    "download_generation_job",
    "generate_identity_image",
    "get_generation_job",
    "get_generation_options",
    "get_generation_subject",
    "get_job_lineage",
    "list_available_users",
    "list_generation_jobs",
    "refine_generation_job",
    "save_image_to_identity",
    "set_generation_job_starred",
]
