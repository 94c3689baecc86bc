"""Consent is checked at every use, through real worker processes: run_worker on the database
queue by default, rqworker on Redis on the production stack. The fake Gemini server counts
the calls it receives; after a withdrawal it must see none."""

import time
from collections.abc import Callable
from typing import Any

import pytest
from rest_framework.test import APIClient

from apps.image_generation.models import GenerationJob
from apps.privacy.models import ConsentChange
from apps.privacy.tests.factories import ConsentStepFactory
from apps.users.models import User
from testing import fixture_image
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def wait_until(condition: Callable[[], Any], what: str, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.05)


def withdraw(client: APIClient, person: User, *scopes: str) -> None:
    response = client.post(
        f"/api/v1/users/{person.pk}/consent/withdraw/", {"scopes": list(scopes)}, format="json"
    )
    assert response.status_code == 200, response.content


def ended(job_id: str) -> GenerationJob:
    job = GenerationJob.objects.get(pk=job_id)
    assert job.status in GenerationJob.FINISHED, job.status
    return job


def test_withdrawing_sending_cancels_the_queued_posters_and_no_worker_sends_them(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    staff_client: APIClient,
    user: User,
    fake_gemini: FakeGeminiServer,
) -> None:
    with task_workers.queue():
        job_ids = [post_job() for _ in range(3)]

    withdraw(staff_client, user, "send_to_provider")
    task_workers.run_until_idle(2)

    jobs = [ended(job_id) for job_id in job_ids]
    assert {(job.status, job.error_code) for job in jobs} == {("cancelled", "consent_withdrawn")}
    assert fake_gemini.generate_calls == 0


def test_a_worker_reads_consent_afresh_right_before_sending(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    user: User,
    fake_gemini: FakeGeminiServer,
) -> None:
    with task_workers.queue():
        job_id = post_job()
    # Changed behind the API's back, so the queue is not emptied: the worker must see it.
    ConsentStepFactory(user=user, change=ConsentChange.WITHDRAW, send_to_provider=False)

    task_workers.run_until_idle(1)

    job = ended(job_id)
    assert (job.status, job.error_code, job.attempts) == ("cancelled", "consent_withdrawn", 0)
    assert job.cost_usd == 0
    assert fake_gemini.generate_calls == 0


def test_a_worker_asks_again_before_each_retry(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    staff_client: APIClient,
    user: User,
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.queue_scenarios("http_503")  # a transient failure: the worker waits, then retries
    with task_workers.queue():
        job_id = post_job()
    task_workers.start(GEMINI_RETRY_BASE_DELAY_S="3", GEMINI_MAX_ATTEMPTS="3")
    wait_until(lambda: fake_gemini.generate_calls == 1, "the first attempt failed")

    withdraw(staff_client, user, "send_to_provider")
    calls_when_withdrawn = fake_gemini.generate_calls
    wait_until(
        lambda: GenerationJob.objects.get(pk=job_id).status in GenerationJob.FINISHED,
        "the job ended",
    )

    job = ended(job_id)
    assert (job.status, job.error_code, job.attempts) == ("cancelled", "consent_withdrawn", 1)
    assert fake_gemini.generate_calls - calls_when_withdrawn == 0
    assert fake_gemini.sent_images == []


def test_a_refinement_is_not_sent_after_a_withdrawal(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    staff_client: APIClient,
    user: User,
    fake_gemini: FakeGeminiServer,
) -> None:
    with task_workers.queue():
        parent_id = post_job()
    task_workers.run_until_idle(1)
    assert ended(parent_id).status == "succeeded"
    with task_workers.queue():
        response = staff_client.post(
            f"/api/v1/image-generation/jobs/{parent_id}/refine/",
            {"instruction": "warmer light"},
            format="json",
        )
    assert response.status_code == 202, response.content
    ConsentStepFactory(user=user, change=ConsentChange.WITHDRAW, send_to_provider=False)
    calls_when_withdrawn = fake_gemini.generate_calls

    task_workers.run_until_idle(1)

    child = ended(response.json()["id"])
    assert (child.status, child.error_code) == ("cancelled", "consent_withdrawn")
    assert fake_gemini.generate_calls - calls_when_withdrawn == 0


def test_face_matching_withdrawn_while_the_poster_is_drawn_stores_no_score(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    staff_client: APIClient,
    user: User,
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.answer_picture = fixture_image("astronaut")  # would score as a match
    fake_gemini.latency_s = 1.5
    with task_workers.queue():
        job_id = post_job()
    task_workers.start()
    wait_until(lambda: fake_gemini.generate_calls == 1, "the worker called the provider")

    withdraw(staff_client, user, "face_matching")
    wait_until(
        lambda: GenerationJob.objects.get(pk=job_id).status in GenerationJob.FINISHED,
        "the job ended",
    )

    job = ended(job_id)
    assert job.status == "succeeded", job.error_message
    assert (job.likeness_score, job.likeness_verdict) == (None, "")
    assert job.likeness_unscored == "face_matching_off"
