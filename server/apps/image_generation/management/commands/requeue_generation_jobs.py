from typing import Any

from django.core.management.base import BaseCommand

from apps.image_generation.models import GenerationJob
from apps.image_generation.tasks import requeue_stale_queued_jobs


class Command(BaseCommand):
    help = (
        "End the jobs of workers that died (running past GENERATION_JOB_TIMEOUT_S), then "
        "enqueue again the task of every job still queued after GENERATION_QUEUE_TIMEOUT_S "
        "(its task may have been lost with the queue). Safe to run at any time, from cron "
        "or a scheduler."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        lost = GenerationJob.objects.end_lost()
        count = requeue_stale_queued_jobs()
        self.stdout.write(f"{lost} lost generation job(s) ended as worker_lost.")
        self.stdout.write(f"{count} queued generation job(s) re-queued.")
