from uuid import UUID

from django.db import transaction
from django.utils import timezone

from apps.core.exceptions import Conflict
from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.image_generation.models import GenerationJob
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent

from .get_generation_job import get_generation_job


@transaction.atomic
def cancel_generation_job(*, job_id: UUID) -> GenerationJob:
    """Cancel a job: a queued one ends cancelled now; a running one is marked, and its worker
    ends it cancelled when the provider answers, the poster discarded. A finished job: 409."""
    get_generation_job(job_id=job_id)  # NotFound with a sentence
    job = GenerationJob.objects.select_for_update().select_related("identity").get(pk=job_id)
    shown_status = job.shown_outcome.status  # a lost job has ended as far as anyone can see
    if shown_status == GenerationJob.Status.QUEUED:
        job.cancel()
    elif shown_status == GenerationJob.Status.RUNNING:
        if job.cancel_requested_at is None:
            job.cancel_requested_at = timezone.now()
            job.save(update_fields=["cancel_requested_at", "updated_at"])
    else:
        raise Conflict(
            f"This generation has already ended ({shown_status}), so it cannot be cancelled.",
            code=ImageGenerationErrorCode.JOB_FINISHED,
        )
    record_audit_event(
        action=AuditEvent.Action.GENERATION_CANCEL, subject_user_id=job.user_id, obj=job
    )
    return job
