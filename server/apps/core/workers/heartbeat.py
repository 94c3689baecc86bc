import logging
import os
import socket
import threading
from collections.abc import Callable

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection
from django.utils import timezone

from apps.core.models import WorkerHeartbeat

log = logging.getLogger(__name__)


class Heartbeat(threading.Thread):
    """Writes this worker's heartbeat every WORKER_HEARTBEAT_INTERVAL_S and runs `on_beat`
    (the worker's own schedule) after each; a failed beat is logged and tried again."""

    def __init__(self, *, worker_id: str, on_beat: Callable[[], object]) -> None:
        super().__init__(name="heartbeat", daemon=True)
        self.worker_id = worker_id
        self.on_beat = on_beat
        self.stopped = threading.Event()
        self.started_at = timezone.now()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                WorkerHeartbeat.objects.update_or_create(
                    worker_id=self.worker_id,
                    defaults={
                        "hostname": socket.gethostname(),
                        "pid": os.getpid(),
                        "started_at": self.started_at,
                        "last_seen_at": timezone.now(),
                    },
                )
                self.on_beat()
            except DatabaseError as error:
                log.warning("Worker heartbeat not written: %s", error)
                close_old_connections()
            except Exception:  # the thread's boundary: a scheduled job failing stops nothing
                log.exception("The worker's scheduled work failed")
            self.stopped.wait(settings.WORKER_HEARTBEAT_INTERVAL_S)
        connection.close()

    def stop(self) -> None:
        """Stop beating and remove the row, so the page knows this worker is gone at once."""
        self.stopped.set()
        self.join(timeout=settings.WORKER_HEARTBEAT_INTERVAL_S + 5)
        try:
            WorkerHeartbeat.objects.filter(worker_id=self.worker_id).delete()
        except DatabaseError as error:
            log.warning("Worker heartbeat not removed: %s", error)
