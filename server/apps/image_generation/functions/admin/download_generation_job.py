from uuid import UUID

from django.db import transaction
from rest_framework.exceptions import NotFound

from apps.core.storage import download_url
from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.image_generation.utils import poster_download_name
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent

from .get_generation_job import get_generation_job


@transaction.atomic
def download_generation_job(*, job_id: UUID) -> str:
    """A short-lived URL that saves the job's poster under a name a person can file, and a
    `media.download` event of who took a copy of whose poster."""
    job = get_generation_job(job_id=job_id)
    if not job.image:
        raise NotFound(
            "This job has no poster to download.", code=ImageGenerationErrorCode.NO_POSTER
        )
    record_audit_event(
        action=AuditEvent.Action.MEDIA_DOWNLOAD, subject_user_id=job.user_id, obj=job
    )
    return download_url(name=job.image.name, save_as=poster_download_name(job))
