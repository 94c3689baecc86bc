from uuid import UUID

from django.db import transaction

from apps.image_generation.models import GenerationJob
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent

from .get_generation_job import get_generation_job


@transaction.atomic
def set_generation_job_starred(*, job_id: UUID, starred: bool) -> GenerationJob:
    """Star a job (a candidate worth keeping in mind) or take its star off.

    A starred poster is kept past its retention, so either way it is audited, even when the
    job already was as asked.
    """
    job = get_generation_job(job_id=job_id)
    if job.starred != starred:
        job.starred = starred
        job.save(update_fields=["starred", "updated_at"])
    record_audit_event(
        action=AuditEvent.Action.GENERATION_STAR
        if starred
        else AuditEvent.Action.GENERATION_UNSTAR,
        subject_user_id=job.user_id,
        obj=job,
    )
    return job
