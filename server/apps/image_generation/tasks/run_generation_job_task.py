from uuid import UUID

from django_tasks import task

# Module paths, not the package: the package's generate function imports this task.
from apps.image_generation.functions.admin.expire_stale_generation_jobs import (
    expire_stale_generation_jobs,
)
from apps.image_generation.functions.admin.run_generation_job import run_generation_job


@task()
def run_generation_job_task(job_id: str) -> None:
    expire_stale_generation_jobs()
    run_generation_job(job_id=UUID(job_id))
