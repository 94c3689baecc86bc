from uuid import UUID

from django_tasks import task

from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob


@task()
def run_generation_job_task(job_id: str) -> None:
    GenerationJob.objects.end_lost()  # a worker ends the jobs of workers that died
    run_generation_job(job_id=UUID(job_id))
