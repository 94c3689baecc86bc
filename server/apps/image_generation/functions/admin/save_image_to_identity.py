from uuid import UUID

from apps.core.exceptions import Conflict
from apps.identities.models import Identity
from apps.image_generation.functions.system import attach_poster_to_identity
from apps.image_generation.models import GenerationJob

from .get_generation_job import get_generation_job


def save_image_to_identity(*, job_id: UUID) -> Identity:
    """Copy a finished job's poster onto its identity's image (a copy: the job keeps its own).

    Not atomic: the copy and its renditions are made outside any transaction."""
    job = get_generation_job(job_id=job_id)
    if job.status != GenerationJob.Status.SUCCEEDED or not job.image:
        raise Conflict(
            "Only a finished, successful generation can be saved to the identity.",
            code="job_not_succeeded",
        )
    with job.image.open("rb") as source:
        data = source.read()
    return attach_poster_to_identity(job=job, data=data)
