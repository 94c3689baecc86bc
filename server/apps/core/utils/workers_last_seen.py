import logging
from datetime import UTC, datetime

from redis import RedisError

from apps.core.models import WorkerHeartbeat

log = logging.getLogger(__name__)


def uses_rq() -> bool:
    from django_tasks import default_task_backend  # the one configured in TASKS
    from django_tasks_rq import RQBackend

    return isinstance(default_task_backend, RQBackend)


def workers_last_seen() -> dict[str, datetime]:
    """When each task worker was last seen, by worker id: the heartbeats `run_worker` writes
    on the database queue, RQ's own in Redis on RQ."""
    if not uses_rq():
        return dict(WorkerHeartbeat.objects.values_list("worker_id", "last_seen_at"))
    import django_rq  # only on the RQ stack
    from rq import Worker

    try:
        workers = Worker.all(connection=django_rq.get_connection("default"))
    except RedisError as error:
        log.warning("Could not read the RQ workers: %s", error)
        return {}
    return {
        worker.name: (
            worker.last_heartbeat.replace(tzinfo=UTC)
            if worker.last_heartbeat.tzinfo is None
            else worker.last_heartbeat
        )
        for worker in workers
        if worker.last_heartbeat is not None
    }
