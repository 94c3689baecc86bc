from uuid import UUID

from apps.core.exceptions import Conflict
from apps.identities.functions.public import restore_identity_image_version
from apps.identities.models import Identity, IdentityImageVersion
from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.image_generation.functions.system import attach_poster_to_identity
from apps.image_generation.models import GenerationJob
from apps.users.models import User

from .get_generation_job import get_generation_job


def save_image_to_identity(*, job_id: UUID, saved_by: User) -> Identity:
    """Make a finished job's poster its identity's current image: a new version holding a
    copy (the job keeps its own), or the version an earlier save made, restored, so a
    poster is never copied twice.

    Not atomic: the copy and its renditions are made outside any transaction."""
    job = get_generation_job(job_id=job_id)
    if job.status != GenerationJob.Status.SUCCEEDED or not job.image:
        raise Conflict(
            "Only a finished, successful generation can be saved to the identity.",
            code=ImageGenerationErrorCode.JOB_NOT_SUCCEEDED,
        )
    earlier = IdentityImageVersion.objects.filter(identity_id=job.identity_id, job=job).first()
    if earlier is not None:
        return restore_identity_image_version(
            actor=saved_by, identity_id=job.identity_id, version_id=earlier.pk
        )
    with job.image.open("rb") as source:
        data = source.read()
    return attach_poster_to_identity(job=job, data=data, saved_by=saved_by)
