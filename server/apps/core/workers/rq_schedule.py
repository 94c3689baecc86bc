from django.conf import settings
from django.utils.module_loading import import_string
from redis import Redis
from rq.cron import CronScheduler


def rq_schedule(*, connection: Redis) -> CronScheduler:
    """RQ's scheduler of RQ_SCHEDULE: each task goes on the default queue every
    RQ_SCHEDULE_INTERVAL_S, for whichever rqworker is free (on the database stack,
    `run_worker` runs WORKER_SCHEDULE itself). Every task is safe to run twice, so two
    schedulers running at once do no harm."""
    scheduler = CronScheduler(connection=connection, name="identity-studio-schedule")
    for path in settings.RQ_SCHEDULE:
        scheduler.register(
            import_string(path),
            queue_name="default",
            interval=settings.RQ_SCHEDULE_INTERVAL_S,
            # A run that waited longer than an interval is replaced by the next one.
            ttl=settings.RQ_SCHEDULE_INTERVAL_S,
        )
    return scheduler
