from uuid import UUID

from django_tasks import task

from apps.image_generation.functions.admin import (
    expire_stale_generation_jobs,
    run_generation_job,
)


@task()
def run_generation_job_task(job_id: str) -> None:
    expire_stale_generation_jobs()
    run_generation_job(job_id=UUID(job_id))
