from uuid import UUID

from django.db import transaction

from .run_generation_job_task import run_generation_job_task


def enqueue_generation_job(*, job_id: UUID) -> None:
    """Hand the job to the workers once the current transaction commits.

    With the queue unreachable (Redis down) the error is logged, the request still succeeds,
    and the job stays `queued` in the database: requeue_generation_jobs hands it over once
    the queue is back.
    """

    def enqueue_after_commit() -> None:  # named: Django's log of a failed hook needs a name
        run_generation_job_task.enqueue(job_id=str(job_id))

    transaction.on_commit(enqueue_after_commit, robust=True)
