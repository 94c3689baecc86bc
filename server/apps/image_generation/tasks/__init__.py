from .enqueue_generation_job import enqueue_generation_job
from .recover_lost_generation_jobs import RecoveredJobs, recover_lost_generation_jobs
from .requeue_stale_queued_jobs import requeue_stale_queued_jobs
from .run_generation_job_task import run_generation_job_task

__all__ = [
    "RecoveredJobs",
    "enqueue_generation_job",
    "recover_lost_generation_jobs",
    "requeue_stale_queued_jobs",
    "run_generation_job_task",
]
