from uuid import UUID

from django.db.models import QuerySet

from apps.image_generation.models import GenerationJob


def list_generation_jobs(
    *, identity_id: UUID | None = None, user_id: UUID | None = None, status: str | None = None
) -> QuerySet[GenerationJob]:
    """Generation jobs, newest first, optionally for one identity, user or status."""
    jobs = GenerationJob.objects.select_related("identity").order_by("-created_at")
    if identity_id is not None:
        jobs = jobs.filter(identity_id=identity_id)
    if user_id is not None:
        jobs = jobs.filter(user_id=user_id)
    if status:
        jobs = jobs.filter(status=status)
    return jobs
