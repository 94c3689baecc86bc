from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.core.utils import workers_last_seen
from apps.image_generation.models import WORKER_LOST_MESSAGE, GenerationJob

from .enqueue_generation_job import enqueue_generation_job


@dataclass(frozen=True)
class RecoveredJobs:
    requeued: int  # back in the queue: their worker was gone, and it was their first loss
    ended: int  # failed worker_lost: lost a second time, or past the lease


def recover_lost_generation_jobs() -> RecoveredJobs:
    """Give back or end the running jobs whose worker is gone.

    A job held by a worker not seen for WORKER_LOST_AFTER_S goes back to the queue once
    (another worker draws it; nothing was stored, and the provider's answer, if any, was
    lost with the worker); lost again, or running past GENERATION_JOB_TIMEOUT_S, it ends
    `worker_lost`. Runs on every `run_worker` heartbeat and from
    `manage.py requeue_generation_jobs` (scheduled on the RQ stack).
    """
    ended = GenerationJob.objects.end_lost()
    cutoff = timezone.now() - timedelta(seconds=settings.WORKER_LOST_AFTER_S)
    held = GenerationJob.objects.filter(
        status=GenerationJob.Status.RUNNING, started_at__lt=cutoff
    ).exclude(worker_id="")
    seen = workers_last_seen()
    requeued = 0
    for job in held:
        if job.worker_id in seen and seen[job.worker_id] >= cutoff:
            continue
        with transaction.atomic():
            if job.requeues == 0:
                job.requeue()
                enqueue_generation_job(job_id=job.pk)
                requeued += 1
            else:
                job.fail(GenerationJob.ErrorCode.WORKER_LOST, WORKER_LOST_MESSAGE)
                ended += 1
    return RecoveredJobs(requeued=requeued, ended=ended)
