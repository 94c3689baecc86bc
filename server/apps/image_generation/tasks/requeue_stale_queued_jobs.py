from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.image_generation.models import GenerationJob

from .enqueue_generation_job import enqueue_generation_job


def requeue_stale_queued_jobs() -> int:
    """Hand every job queued longer than GENERATION_QUEUE_TIMEOUT_S to the workers again.

    A queue without persistence (Redis restarted, flushed or failed over) loses the tasks it
    held while their jobs stay `queued` in the database. Enqueueing again is safe: a worker
    only starts a job it can move from `queued` to `running`, so a task that was not lost
    after all finds the job taken and does nothing. Returns how many jobs were re-queued.
    """
    deadline = timezone.now() - timedelta(seconds=settings.GENERATION_QUEUE_TIMEOUT_S)
    requeued = 0
    stale = GenerationJob.objects.filter(
        status=GenerationJob.Status.QUEUED, updated_at__lt=deadline
    ).values_list("pk", flat=True)
    for job_id in list(stale):
        with transaction.atomic():
            # Touch the row so the next sweep waits a whole timeout again before re-queueing.
            touched = GenerationJob.objects.filter(
                pk=job_id, status=GenerationJob.Status.QUEUED, updated_at__lt=deadline
            ).update(updated_at=timezone.now())
            if touched:
                enqueue_generation_job(job_id=job_id)  # a queue still down: the next sweep
                requeued += 1
    return requeued
