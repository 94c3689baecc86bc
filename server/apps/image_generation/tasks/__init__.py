from .enqueue_generation_job import enqueue_generation_job
from .requeue_stale_queued_jobs import requeue_stale_queued_jobs
from .run_generation_job_task import run_generation_job_task

__all__ = ["enqueue_generation_job", "requeue_stale_queued_jobs", "run_generation_job_task"]
