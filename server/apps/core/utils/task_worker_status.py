from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.utils import timezone

from .workers_last_seen import workers_last_seen


@dataclass(frozen=True)
class TaskWorkerStatus:
    # "inline": tasks run inside the request, no worker needed; "running": a worker was seen
    # within WORKER_LOST_AFTER_S; "not_seen": none was, so queued work waits.
    state: str
    last_seen_at: datetime | None


def task_worker_status() -> TaskWorkerStatus:
    """Whether a task worker is there to run what is queued."""
    from django_tasks import default_task_backend
    from django_tasks.backends.immediate import ImmediateBackend

    if isinstance(default_task_backend, ImmediateBackend):
        return TaskWorkerStatus(state="inline", last_seen_at=None)
    last_seen_at = max(workers_last_seen().values(), default=None)
    cutoff = timezone.now() - timedelta(seconds=settings.WORKER_LOST_AFTER_S)
    alive = last_seen_at is not None and last_seen_at >= cutoff
    return TaskWorkerStatus(state="running" if alive else "not_seen", last_seen_at=last_seen_at)
