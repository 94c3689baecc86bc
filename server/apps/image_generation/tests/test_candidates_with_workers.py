"""Candidates through real worker processes: the provider's limit holds across workers, and
a running job cancelled ends cancelled when the provider answers, its poster not stored."""

import itertools
import time
from collections.abc import Callable

import pytest
from rest_framework.test import APIClient

from apps.image_generation.models import GenerationJob
from testing import StoredMedia, assert_storage_consistent
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def test_three_workers_and_a_limit_of_one_never_overlap_two_provider_calls(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.latency_s = 0.4  # long enough for every worker to hold a job at once
    with task_workers.queue():
        job_ids = [post_job() for _ in range(3)]

    task_workers.run_until_idle(3, GENERATION_MAX_CONCURRENT_PER_PROVIDER="1")

    jobs = list(GenerationJob.objects.filter(pk__in=job_ids).order_by("started_at"))
    assert [job.status for job in jobs] == ["succeeded"] * 3, [j.error_message for j in jobs]
    assert len(fake_gemini.requests) == 3
    assert fake_gemini.max_in_flight == 1
    for earlier, later in itertools.pairwise(jobs):
        assert earlier.finished_at is not None
        assert later.started_at is not None
        assert later.started_at >= earlier.finished_at  # it waited queued for the slot


def test_a_running_job_cancelled_ends_cancelled_with_its_cost_and_no_file(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    staff_client: APIClient,
    fake_gemini: FakeGeminiServer,
    media_storage: StoredMedia,
) -> None:
    fake_gemini.latency_s = 1.5
    with task_workers.queue():
        job_id = post_job()
    files_before = media_storage.names()
    task_workers.start()
    deadline = time.monotonic() + 30
    while not fake_gemini.requests:  # cancelled while the provider draws
        assert time.monotonic() < deadline, "the worker never called the provider"
        time.sleep(0.05)

    marked = staff_client.post(f"/api/v1/image-generation/jobs/{job_id}/cancel/").json()
    assert (marked["status"], marked["cancel_requested"]) == ("running", True)
    while (job := GenerationJob.objects.get(pk=job_id)).status == "running":
        assert time.monotonic() < deadline, "the job never ended"
        time.sleep(0.1)

    assert job.status == "cancelled"
    assert job.error_code == "cancelled"
    assert not job.image
    assert job.cost_usd > 0  # the call answered with its usage: what it cost is recorded
    assert media_storage.names() == files_before
    assert_storage_consistent()
