"""The likeness is measured by real worker processes: run_worker on the database queue by
default, rqworker on Redis on the production stack."""

from collections.abc import Callable

import pytest

from apps.image_generation.models import GenerationJob
from testing import fixture_image
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def test_a_worker_records_the_likeness_of_the_poster_it_stores(
    task_workers: TaskWorkers, post_job: Callable[[], str], fake_gemini: FakeGeminiServer
) -> None:
    fake_gemini.answer_picture = fixture_image("astronaut")  # the reference photo itself
    with task_workers.queue():
        job_id = post_job()

    task_workers.run_until_idle(1)

    job = GenerationJob.objects.get(pk=job_id)
    assert job.status == GenerationJob.Status.SUCCEEDED, job.error_message
    # Measured, and found to be the photo sent: no measure of a likeness.
    assert (job.likeness_verdict, job.likeness_faces) == ("pasted", 1)
    assert job.likeness_score is not None
    assert job.likeness_score > 0.9
