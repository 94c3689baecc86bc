"""Whole jobs through two real worker processes: queued by the API, drawn, stored, or lost.

run_worker on the database queue by default; rqworker on Redis on the production stack.
"""

import time
from collections.abc import Callable

import pytest
from django.test import override_settings
from rest_framework.test import APIClient

from apps.image_generation.models import GenerationJob
from testing import StoredMedia, assert_storage_consistent
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def wait_for_status(job_id: str, status: str, timeout_s: float = 30) -> GenerationJob:
    deadline = time.monotonic() + timeout_s
    while (job := GenerationJob.objects.get(pk=job_id)).status != status:
        assert time.monotonic() < deadline, f"job still {job.status}, expected {status}"
        time.sleep(0.1)
    return job


def test_two_workers_draw_every_queued_poster_once(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    media_storage: StoredMedia,
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.latency_s = 0.3  # long enough for both workers to take jobs
    with task_workers.queue():
        job_ids = [post_job() for _ in range(4)]

    task_workers.run_until_idle(2)

    jobs = GenerationJob.objects.filter(pk__in=job_ids)
    assert sorted(job.status for job in jobs) == ["succeeded"] * 4, [
        (job.error_code, job.error_message) for job in jobs
    ]
    for job in jobs:
        assert (job.image_width, job.image_height) == (1376, 768)
        assert job.started_at is not None
        assert job.finished_at is not None
        assert media_storage.exists(job.image.name)
    assert len(fake_gemini.requests) == 4  # no job drawn twice
    assert_storage_consistent()


def test_a_killed_worker_fails_its_job_within_the_lease_and_the_other_worker_goes_on(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    staff_client: APIClient,
    fake_gemini: FakeGeminiServer,
    record_property: Callable[[str, object], None],
) -> None:
    fake_gemini.queue_scenarios("slow:60")  # the first call never answers while its worker lives
    with task_workers.queue():
        lost_id = post_job()
    doomed = task_workers.start()
    wait_for_status(lost_id, "running")
    deadline = time.monotonic() + 30
    while not fake_gemini.requests:  # killed while waiting for the provider, not before
        assert time.monotonic() < deadline, "the worker never called the provider"
        time.sleep(0.05)
    survivor = task_workers.start()

    killed_at = time.monotonic()
    task_workers.kill(doomed)
    url = f"/api/v1/image-generation/jobs/{lost_id}/"
    with override_settings(GENERATION_JOB_TIMEOUT_S=1):
        while (body := staff_client.get(url).json())["status"] == "running":  # lease not over
            assert time.monotonic() < killed_at + 5, "the lost job still reads running"
            time.sleep(0.05)
        ended = GenerationJob.objects.end_lost()  # what the next task or the schedule runs
    ended_in = time.monotonic() - killed_at
    record_property("seconds_to_final_state", round(ended_in, 2))

    assert (body["status"], body["error_code"]) == ("failed", "worker_lost")
    assert ended == 1
    assert ended_in < 5

    with task_workers.queue():
        next_id = post_job()
    wait_for_status(next_id, "succeeded")
    assert survivor.poll() is None
    assert GenerationJob.objects.get(pk=lost_id).status == "failed"  # not run again
    assert len(fake_gemini.requests) == 2
    assert_storage_consistent()
