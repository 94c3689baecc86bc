from uuid import UUID

from django.db.models import QuerySet

from apps.image_generation.models import GenerationJob


def list_generation_jobs(
    *,
    identity_id: UUID | None = None,
    user_id: UUID | None = None,
    status: str | None = None,
    batch_id: UUID | None = None,
    starred: bool | None = None,
    likeness: str | None = None,
) -> QuerySet[GenerationJob]:
    """Generation jobs, newest first, optionally for one identity, user, status, batch or
    likeness verdict, or only the starred (or unstarred) ones."""
    jobs = GenerationJob.objects.select_related("identity").order_by("-created_at")
    if identity_id is not None:
        jobs = jobs.filter(identity_id=identity_id)
    if user_id is not None:
        jobs = jobs.filter(user_id=user_id)
    if status:
        jobs = jobs.filter(status=status)
    if batch_id is not None:
        jobs = jobs.filter(batch_id=batch_id)
    if starred is not None:
        jobs = jobs.filter(starred=starred)
    if likeness:
        jobs = jobs.filter(likeness_verdict=likeness)
    return jobs
