from typing import Any

from django.core.management.base import BaseCommand

from apps.image_generation.functions.admin import requeue_stale_queued_jobs


class Command(BaseCommand):
    help = (
        "Enqueue again the task of every generation job still queued after "
        "GENERATION_QUEUE_TIMEOUT_S (its task may have been lost with the queue). "
        "Safe to run at any time, from cron or a scheduler."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        count = requeue_stale_queued_jobs()
        self.stdout.write(f"{count} queued generation job(s) re-queued.")
