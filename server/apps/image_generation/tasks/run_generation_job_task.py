from uuid import UUID

from django_tasks import TaskContext, task

from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob


@task(takes_context=True)
def run_generation_job_task(context: TaskContext, job_id: str) -> None:
    GenerationJob.objects.end_lost()  # a worker ends the jobs past their lease
    worker_ids = context.task_result.worker_ids
    run_generation_job(job_id=UUID(job_id), worker_id=worker_ids[-1] if worker_ids else "")
