from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from apps.image_generation.models import GenerationJob

WORKER_LOST_MESSAGE = (
    "The worker drawing this poster stopped before it finished. Nothing was charged twice; "
    "start the generation again."
)


def expire_stale_generation_jobs() -> int:
    """End as failed (`worker_lost`) every job running longer than any live worker would.

    A worker that dies mid-job cannot record its own end; this runs before jobs are read and
    when a worker starts a job, so no job stays `running` past GENERATION_JOB_TIMEOUT_S.
    """
    deadline = timezone.now() - timedelta(seconds=settings.GENERATION_JOB_TIMEOUT_S)
    return GenerationJob.objects.filter(
        status=GenerationJob.Status.RUNNING, started_at__lt=deadline
    ).update(
        status=GenerationJob.Status.FAILED,
        error_code="worker_lost",
        error_message=WORKER_LOST_MESSAGE,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
