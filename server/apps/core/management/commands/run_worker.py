from typing import Any

from django.conf import settings
from django.utils.module_loading import import_string
from django_tasks_db.management.commands import db_worker

from apps.core.workers import Heartbeat, ResilientWorker


def _run_schedule() -> None:
    for path in settings.WORKER_SCHEDULE:
        import_string(path)()


class Command(db_worker.Command):
    help = (
        "Run a database task worker that outlives a locked or lost database, writes a "
        "heartbeat every WORKER_HEARTBEAT_INTERVAL_S and runs WORKER_SCHEDULE with it. "
        "Takes db_worker's options; it never reloads on code changes."
    )

    def handle(
        self,
        *,
        verbosity: int,
        queue_name: str,
        interval: float,
        batch: bool,
        backend_name: str,
        startup_delay: bool,
        max_tasks: int | None,
        worker_id: str,
        exclude_queues: str,
        **options: Any,
    ) -> None:
        self.configure_logging(verbosity)
        worker = ResilientWorker(
            queue_names=queue_name.split(","),
            interval=interval,
            batch=batch,
            backend_name=backend_name,
            startup_delay=startup_delay,
            max_tasks=max_tasks,
            worker_id=worker_id,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
        )
        heartbeat = Heartbeat(worker_id=worker_id, on_beat=_run_schedule)
        worker.configure_signals()
        heartbeat.start()
        try:
            worker.run()
        finally:
            heartbeat.stop()
