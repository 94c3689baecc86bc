from uuid import UUID

from django.db import transaction

from apps.image_generation.models import GenerationJob

from .get_generation_job import get_generation_job


@transaction.atomic
def set_generation_job_starred(*, job_id: UUID, starred: bool) -> GenerationJob:
    """Star a job (a candidate worth keeping in mind) or take its star off."""
    job = get_generation_job(job_id=job_id)
    if job.starred != starred:
        job.starred = starred
        job.save(update_fields=["starred", "updated_at"])
    return job
