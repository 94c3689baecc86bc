from django.db import models


class WorkerHeartbeat(models.Model):
    """A task worker's sign of life, written every WORKER_HEARTBEAT_INTERVAL_S by
    `manage.py run_worker` (RQ workers keep their own in Redis)."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    last_seen_at = models.DateTimeField(db_index=True)

    def __str__(self) -> str:
        return f"{self.worker_id} on {self.hostname} (pid {self.pid})"
