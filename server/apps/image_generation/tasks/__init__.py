from .run_generation_job_task import run_generation_job_task

__all__ = ["run_generation_job_task"]
