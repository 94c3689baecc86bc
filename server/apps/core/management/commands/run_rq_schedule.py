from typing import Any

import django_rq
from django.core.management.base import BaseCommand

from apps.core.workers import rq_schedule


class Command(BaseCommand):
    help = (
        "On the RQ stack (TASKS_BACKEND=rq): queue RQ_SCHEDULE's tasks (lost jobs, retention, "
        "queued jobs whose task was lost) every RQ_SCHEDULE_INTERVAL_S for the rqworkers. "
        "Run one beside the workers; it runs until stopped."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        rq_schedule(connection=django_rq.get_connection("default")).start()  # type: ignore[no-untyped-call]
