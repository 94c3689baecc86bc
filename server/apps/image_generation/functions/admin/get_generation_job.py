from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.image_generation.models import GenerationJob


def get_generation_job(*, job_id: UUID) -> GenerationJob:
    """Staff: any generation job by id; NotFound with a sentence when there is none."""
    try:
        return GenerationJob.objects.select_related("identity").get(pk=job_id)
    except GenerationJob.DoesNotExist as error:
        raise NotFound("No generation job with this id exists.") from error
