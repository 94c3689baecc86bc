from datetime import datetime

from django.db.models import QuerySet

from apps.image_generation.models import GenerationJob
from apps.privacy.utils import unsaved_poster_retention


def list_expired_generation_jobs(*, now: datetime) -> QuerySet[GenerationJob]:
    """Jobs past their retention: ended (a poster never saved, a failure, a cancellation)
    more than UNSAVED_POSTER_RETENTION_DAYS ago. A poster saved to an identity is the
    identity's and one starred is kept: neither is ever listed here (see `job_deletes_at`)."""
    return GenerationJob.objects.filter(
        status__in=GenerationJob.FINISHED,
        saved_to_identity_at__isnull=True,
        starred=False,
        finished_at__lt=now - unsaved_poster_retention(),
    )
