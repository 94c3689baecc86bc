"""Batches of candidates, cancelling, starring, the provider's limit, and saving a candidate
as a version of its identity."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from PIL import Image
from rest_framework.test import APIClient

from apps.core.utils import decode_for_renditions, render_image_renditions, store_image_renditions
from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.admin import cancel_generation_job
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationBatch, GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.users.models import User
from services.image_generation import LocalPosterService
from testing import StoredMedia, assert_storage_consistent, image_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.stack]

GENERATE = "/api/v1/image-generation/generate/"
JOBS = "/api/v1/image-generation/jobs/"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def identity(user: User, add_reference: Callable[[User], str]) -> Identity:
    add_reference(user)
    made: Identity = IdentityFactory(user=user, name="Creative Visionary")
    return made


def generate(client: APIClient, identity: Identity, **extra: object) -> Any:
    return client.post(
        GENERATE,
        {"identity_id": str(identity.id), "user_id": str(identity.user_id), **extra},
        format="json",
    )


def succeeded_job(identity: Identity, colour: tuple[int, int, int]) -> GenerationJob:
    data = image_bytes(Image.new("RGB", (640, 360), colour), format="PNG")
    job: GenerationJob = GenerationJobFactory(
        identity=identity, status="succeeded", started_at=timezone.now()
    )
    job.image.save("poster.png", ContentFile(data), save=True)
    store_image_renditions(
        image=job.image,
        renditions=render_image_renditions(
            image=job.image, picture=decode_for_renditions(image=job.image, data=data)
        ),
    )
    return job


def test_count_makes_that_many_jobs_in_one_batch(
    staff_client: APIClient, staff_user: User, identity: Identity
) -> None:
    with override_settings(TASKS=DUMMY_TASKS):
        response = generate(staff_client, identity, count=3, resolution="1K")

    assert response.status_code == 202, response.content
    body = response.json()
    assert body["count"] == 3
    assert body["estimated_cost_usd"] == "0.0000"  # the offline provider is free
    assert [job["status"] for job in body["jobs"]] == ["queued"] * 3
    assert {job["batch"] for job in body["jobs"]} == {body["id"]}
    batch = GenerationBatch.objects.get(pk=body["id"])
    assert (batch.count, batch.identity_id, batch.user_id, batch.created_by_id) == (
        3,
        identity.id,
        identity.user_id,
        staff_user.id,
    )
    assert {(job.aspect_ratio, job.resolution) for job in batch.jobs.all()} == {("16:9", "1K")}
    GenerationJobFactory(identity=identity)  # not of the batch
    listed = staff_client.get(JOBS, {"batch_id": body["id"]}).json()
    assert sorted(job["id"] for job in listed["results"]) == sorted(j["id"] for j in body["jobs"])


def test_the_batch_estimate_is_every_candidates_cost(
    staff_client: APIClient, identity: Identity, settings: Any
) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    settings.GEMINI_API_KEY = "test-gemini-key"
    with override_settings(TASKS=DUMMY_TASKS):
        one = generate(staff_client, identity, count=1, resolution="1K").json()
        four = generate(staff_client, identity, count=4, resolution="1K").json()

    assert float(one["estimated_cost_usd"]) > 0
    assert float(four["estimated_cost_usd"]) == pytest.approx(
        4 * float(one["estimated_cost_usd"]), abs=0.001
    )


@pytest.mark.parametrize("count", [0, 5, -1, "many"])
def test_a_count_outside_1_to_4_is_refused_in_words(
    staff_client: APIClient, identity: Identity, count: object
) -> None:
    response = generate(staff_client, identity, count=count)

    assert response.status_code == 400
    if count != "many":
        assert response.json()["detail"] == "Count: Ask for between 1 and 4 posters at a time."
    assert response.json()["fields"]["count"]
    assert not GenerationJob.objects.exists()
    assert not GenerationBatch.objects.exists()


def test_only_the_first_candidate_saves_itself_to_the_identity(
    staff_client: APIClient, identity: Identity, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        body = generate(
            staff_client, identity, count=2, resolution="1K", save_to_identity=True
        ).json()

    assert [job["save_to_identity"] for job in body["jobs"]] == [True, False]
    assert IdentityImageVersion.objects.filter(identity=identity).count() == 1


def test_each_candidate_is_drawn_with_its_own_seed_so_the_posters_differ(
    staff_client: APIClient, identity: Identity, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        body = generate(staff_client, identity, count=3, resolution="1K").json()

    jobs = [GenerationJob.objects.get(pk=job["id"]) for job in body["jobs"]]
    assert [job.status for job in jobs] == ["succeeded"] * 3
    assert len({job.variation_seed for job in jobs}) == 3
    posters = set()
    for job in jobs:
        with job.image.open("rb") as poster:
            posters.add(poster.read())
    assert len(posters) == 3


def test_a_queued_job_is_cancelled_at_once_and_never_drawn(
    staff_client: APIClient, identity: Identity, monkeypatch: pytest.MonkeyPatch
) -> None:
    with override_settings(TASKS=DUMMY_TASKS):
        [job] = generate(staff_client, identity).json()["jobs"]
    calls: list[object] = []
    monkeypatch.setattr(LocalPosterService, "generate_image", lambda *a, **k: calls.append(a))

    response = staff_client.post(f"{JOBS}{job['id']}/cancel/")
    assert run_generation_job(job_id=job["id"]) is None  # the task, delivered anyway

    assert response.status_code == 200, response.content
    assert response.json()["status"] == "cancelled"
    assert response.json()["error_code"] == "cancelled"
    assert response.json()["error_message"].startswith("Cancelled before it started")
    assert response.json()["finished_at"] is not None
    assert calls == []


@pytest.mark.parametrize("status", ["succeeded", "failed", "cancelled"])
def test_a_finished_job_cannot_be_cancelled(staff_client: APIClient, status: str) -> None:
    job = GenerationJobFactory(status=status)

    response = staff_client.post(f"{JOBS}{job.id}/cancel/")

    assert response.status_code == 409
    assert response.json()["code"] == "job_finished"
    assert f"already ended ({status})" in response.json()["detail"]
    job.refresh_from_db()
    assert job.status == status


def test_a_lost_job_cannot_be_cancelled_and_says_it_ended_failed(
    staff_client: APIClient, settings: Any
) -> None:
    settings.GENERATION_JOB_TIMEOUT_S = 60
    job = GenerationJobFactory(status="running", started_at=timezone.now() - timedelta(seconds=61))

    response = staff_client.post(f"{JOBS}{job.id}/cancel/")

    assert response.status_code == 409
    assert response.json()["code"] == "job_finished"
    assert "already ended (failed)" in response.json()["detail"]
    job.refresh_from_db()
    assert (job.status, job.cancel_requested_at) == ("running", None)


def test_a_running_job_cancelled_ends_cancelled_when_the_provider_answers_and_stores_nothing(
    identity: Identity, media_storage: StoredMedia, monkeypatch: pytest.MonkeyPatch
) -> None:
    with override_settings(TASKS=DUMMY_TASKS):
        job = GenerationJobFactory(
            identity=identity,
            reference_image_ids=[str(r.pk) for r in identity.user.reference_images.all()],
        )
    files_before = media_storage.names()
    drawn: list[bool] = []
    real = LocalPosterService.generate_image

    def draw_while_cancelled(self: LocalPosterService, **kwargs: Any) -> Any:
        marked = cancel_generation_job(job_id=job.pk)  # the admin clicks Cancel meanwhile
        assert (marked.status, marked.cancel_requested_at is not None) == ("running", True)
        drawn.append(True)
        return real(self, **kwargs)

    monkeypatch.setattr(LocalPosterService, "generate_image", draw_while_cancelled)
    run_generation_job(job_id=job.pk)

    job.refresh_from_db()
    assert drawn == [True]
    assert job.status == "cancelled"
    assert job.error_message.startswith("Cancelled while it was being drawn")
    assert not job.image
    assert job.total_tokens is not None  # what the call used is kept
    assert media_storage.names() == files_before  # the poster was never stored
    assert_storage_consistent()


def test_star_and_unstar_and_the_starred_filter(staff_client: APIClient) -> None:
    starred, plain = GenerationJobFactory(), GenerationJobFactory()

    on = staff_client.post(f"{JOBS}{starred.id}/star/")
    staff_client.post(f"{JOBS}{plain.id}/star/")
    off = staff_client.delete(f"{JOBS}{plain.id}/star/")

    assert (on.status_code, on.json()["starred"]) == (200, True)
    assert (off.status_code, off.json()["starred"]) == (200, False)
    listed = staff_client.get(JOBS, {"starred": "true"}).json()["results"]
    assert [job["id"] for job in listed] == [str(starred.id)]
    unstarred = staff_client.get(JOBS, {"starred": "false"}).json()["results"]
    assert [job["id"] for job in unstarred] == [str(plain.id)]


def test_a_worker_does_not_claim_past_the_providers_limit(settings: Any) -> None:
    settings.GENERATION_MAX_CONCURRENT_PER_PROVIDER = 1
    GenerationJobFactory(provider="gemini", status="running", started_at=timezone.now())
    waiting = GenerationJobFactory(provider="gemini")
    other_provider = GenerationJobFactory(provider="local")

    assert waiting.claim() is False
    assert other_provider.claim() is True
    waiting.refresh_from_db()
    assert waiting.status == "queued"  # it waits; a freed slot lets it start
    GenerationJob.objects.filter(status="running", provider="gemini").update(status="failed")
    assert waiting.claim() is True


def test_saving_a_candidate_adds_a_version_naming_the_job_and_saving_it_again_restores_it(
    staff_client: APIClient, staff_user: User, media_storage: StoredMedia
) -> None:
    identity = IdentityFactory()
    first, second = succeeded_job(identity, (200, 0, 0)), succeeded_job(identity, (0, 0, 200))

    saved = staff_client.post(f"{JOBS}{first.id}/save-to-identity/").json()
    staff_client.post(f"{JOBS}{second.id}/save-to-identity/")
    files = media_storage.names()
    again = staff_client.post(f"{JOBS}{first.id}/save-to-identity/")

    assert saved["current_job"] == str(first.id)
    assert again.status_code == 200
    assert again.json()["current_job"] == str(first.id)
    assert again.json()["current_version"] == saved["current_version"]  # restored, not copied
    assert media_storage.names() == files
    versions = staff_client.get(f"/api/v1/identities/{identity.id}/versions/").json()
    assert [(v["source"], v["job"]) for v in versions] == [
        ("generation", str(second.id)),
        ("generation", str(first.id)),
    ]
    assert {v["created_by"] for v in versions} == {str(staff_user.id)}


@pytest.mark.parametrize("rows", [1, 40])
def test_the_jobs_list_takes_the_same_queries_for_1_and_40_rows(
    staff_client: APIClient, rows: int, record_property: Any
) -> None:
    identity = IdentityFactory()
    GenerationJobFactory.create_batch(rows, identity=identity)

    with CaptureQueriesContext(connection) as queries:
        body = staff_client.get(JOBS, {"page_size": 100}).json()

    assert body["count"] == rows
    record_property("queries", len(queries))
    assert len(queries) == 2, [query["sql"] for query in queries]  # the count, the page
