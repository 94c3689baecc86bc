from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_jobs_are_listed_newest_first_and_filtered(staff_client: APIClient, user: User) -> None:
    identity = IdentityFactory(user=user)
    older = GenerationJobFactory(identity=identity, status="failed")
    newer = GenerationJobFactory(identity=identity, status="succeeded")
    GenerationJobFactory()  # another identity

    everything = staff_client.get(
        "/api/v1/image-generation/jobs/", {"identity_id": str(identity.id)}
    ).json()
    failed = staff_client.get(
        "/api/v1/image-generation/jobs/", {"identity_id": str(identity.id), "status": "failed"}
    ).json()

    assert everything["count"] == 2
    assert [job["id"] for job in everything["results"]] == [str(newer.id), str(older.id)]
    assert [job["id"] for job in failed["results"]] == [str(older.id)]


def test_jobs_come_20_a_page_and_page_size_asks_for_up_to_100(staff_client: APIClient) -> None:
    identity = IdentityFactory()
    GenerationJobFactory.create_batch(101, identity=identity, user=identity.user)

    first = staff_client.get("/api/v1/image-generation/jobs/").json()
    second = staff_client.get("/api/v1/image-generation/jobs/", {"page": 2}).json()
    five = staff_client.get("/api/v1/image-generation/jobs/", {"page_size": 5}).json()
    most = staff_client.get("/api/v1/image-generation/jobs/", {"page_size": 1000}).json()

    assert (first["count"], len(first["results"]), first["previous"]) == (101, 20, None)
    assert "page=2" in first["next"]
    assert not {job["id"] for job in first["results"]} & {job["id"] for job in second["results"]}
    assert len(five["results"]) == 5
    assert len(most["results"]) == 100


def test_bad_status_filter_is_a_400(staff_client: APIClient) -> None:
    response = staff_client.get("/api/v1/image-generation/jobs/", {"status": "exploded"})

    assert response.status_code == 400


def test_job_of_a_lost_worker_reads_as_failed_without_the_read_writing(
    staff_client: APIClient,
) -> None:
    job = GenerationJobFactory(status="running")
    GenerationJob.objects.filter(pk=job.pk).update(
        started_at=timezone.now() - timedelta(seconds=61)
    )

    with override_settings(GENERATION_JOB_TIMEOUT_S=60):
        body = staff_client.get(f"/api/v1/image-generation/jobs/{job.id}/").json()
        listed = staff_client.get("/api/v1/image-generation/jobs/").json()["results"]

    assert (body["status"], body["error_code"]) == ("failed", "worker_lost")
    assert body["error_message"].endswith("start the generation again.")
    assert [(job["status"], job["error_code"]) for job in listed] == [("failed", "worker_lost")]
    job.refresh_from_db()
    assert (job.status, job.finished_at) == ("running", None)  # ended by a worker, not a read


def test_running_job_within_its_lease_is_left_alone(staff_client: APIClient) -> None:
    job = GenerationJobFactory(status="running", started_at=timezone.now())

    with override_settings(GENERATION_JOB_TIMEOUT_S=60):
        body = staff_client.get(f"/api/v1/image-generation/jobs/{job.id}/").json()

    assert body["status"] == "running"


@pytest.mark.parametrize("status", ["queued", "running", "failed"])
def test_only_a_succeeded_job_can_be_saved(staff_client: APIClient, status: str) -> None:
    job = GenerationJobFactory(status=status, started_at=timezone.now())

    response = staff_client.post(f"/api/v1/image-generation/jobs/{job.id}/save-to-identity/")

    assert response.status_code == 409
    assert response.json()["code"] == "job_not_succeeded"
    job.identity.refresh_from_db()
    assert not job.identity.image


def test_non_staff_cannot_read_jobs(user_client: APIClient, user: User) -> None:
    job = GenerationJobFactory(identity=IdentityFactory(user=user))

    assert user_client.get("/api/v1/image-generation/jobs/").status_code == 403
    assert user_client.get(f"/api/v1/image-generation/jobs/{job.id}/").status_code == 403
