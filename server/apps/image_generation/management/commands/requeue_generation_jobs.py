from typing import Any

from django.core.management.base import BaseCommand

from apps.image_generation.tasks import recover_lost_generation_jobs, requeue_stale_queued_jobs


class Command(BaseCommand):
    help = (
        "Queue again once, or end, the jobs of workers that are gone (not seen for "
        "WORKER_LOST_AFTER_S, or running past GENERATION_JOB_TIMEOUT_S), then "
        "enqueue again the task of every job still queued after GENERATION_QUEUE_TIMEOUT_S "
        "(its task may have been lost with the queue). Safe to run at any time, from cron "
        "or a scheduler."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        recovered = recover_lost_generation_jobs()
        count = requeue_stale_queued_jobs()
        self.stdout.write(
            f"{recovered.requeued} generation job(s) of a lost worker queued again, "
            f"{recovered.ended} ended as worker_lost."
        )
        self.stdout.write(f"{count} queued generation job(s) re-queued.")
