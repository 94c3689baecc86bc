"""An `Idempotency-Key` makes a retried generate, refine or save-to-identity start nothing new."""

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from django.utils import timezone
from PIL import Image
from rest_framework.test import APIClient

from apps.core.models import IdempotentRequest
from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.person_lifecycle.functions.system import purge_expired
from apps.privacy.models import AuditEvent
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import StoredMedia, image_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.stack]

GENERATE = "/api/v1/image-generation/generate/"
JOBS = "/api/v1/image-generation/jobs"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def identity(user: User, add_reference: Callable[[User], str]) -> Identity:
    add_reference(user)
    return IdentityFactory(user=user)


def generate(client: APIClient, identity: Identity, key: str | None, **extra: object) -> Any:
    headers = {"Idempotency-Key": key} if key is not None else {}
    with override_settings(TASKS=DUMMY_TASKS):
        return client.post(
            GENERATE,
            {"identity_id": str(identity.id), "user_id": str(identity.user_id), **extra},
            format="json",
            headers=headers,
        )


def test_a_retry_with_the_same_key_gets_the_first_answer_and_starts_nothing(
    staff_client: APIClient, identity: Identity
) -> None:
    first = generate(staff_client, identity, "click-1", resolution="1K")
    retry = generate(staff_client, identity, "click-1", resolution="1K")

    assert first.status_code == retry.status_code == 202
    assert retry.json() == first.json()
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    assert GenerationJob.objects.count() == 1
    assert AuditEvent.objects.filter(action="generation.create").count() == 1


def test_a_field_sent_with_its_default_is_the_same_request_as_one_without_it(
    staff_client: APIClient, identity: Identity
) -> None:
    first = generate(staff_client, identity, "click-1")
    retry = generate(staff_client, identity, "click-1", count=1)

    assert first.status_code == retry.status_code == 202
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert GenerationJob.objects.count() == 1


def test_without_a_key_every_request_is_new(staff_client: APIClient, identity: Identity) -> None:
    generate(staff_client, identity, None)
    generate(staff_client, identity, None)

    assert GenerationJob.objects.count() == 2


def test_a_new_key_is_a_new_request(staff_client: APIClient, identity: Identity) -> None:
    generate(staff_client, identity, "click-1")
    generate(staff_client, identity, "click-2")

    assert GenerationJob.objects.count() == 2


def test_the_same_key_with_another_body_is_refused_in_words(
    staff_client: APIClient, identity: Identity
) -> None:
    generate(staff_client, identity, "click-1", resolution="1K")
    other = generate(staff_client, identity, "click-1", resolution="2K")

    assert other.status_code == 422
    assert other.json()["code"] == "idempotency_key_reused"
    assert "different request" in other.json()["detail"]
    assert GenerationJob.objects.count() == 1


def test_a_retry_while_the_first_runs_is_a_conflict(
    staff_client: APIClient, staff_user: User, identity: Identity
) -> None:
    generate(staff_client, identity, "click-1")
    IdempotentRequest.objects.update(status_code=None, response_body=None)  # still running

    retry = generate(staff_client, identity, "click-1")

    assert retry.status_code == 409
    assert retry.json()["code"] == "idempotency_request_in_progress"
    assert GenerationJob.objects.count() == 1


def test_a_refused_request_keeps_nothing_so_the_key_may_try_again(
    staff_client: APIClient, user: User, add_reference: Callable[[User], str]
) -> None:
    identity = IdentityFactory(user=user)  # no photo yet

    refused = generate(staff_client, identity, "click-1")
    assert refused.status_code == 400
    assert not IdempotentRequest.objects.exists()

    add_reference(user)
    assert generate(staff_client, identity, "click-1").status_code == 202
    assert GenerationJob.objects.count() == 1


def test_a_key_older_than_its_lifetime_is_a_new_request(
    staff_client: APIClient, identity: Identity
) -> None:
    generate(staff_client, identity, "click-1")
    IdempotentRequest.objects.update(created_at=timezone.now() - timedelta(hours=25))

    again = generate(staff_client, identity, "click-1")

    assert again.status_code == 202
    assert "Idempotent-Replayed" not in again.headers
    assert GenerationJob.objects.count() == 2


def test_keys_belong_to_the_admin_who_sent_them(
    staff_client: APIClient, identity: Identity
) -> None:
    other_admin = APIClient()
    other_admin.force_authenticate(UserFactory(is_staff=True))

    generate(staff_client, identity, "click-1")
    generate(other_admin, identity, "click-1")

    assert GenerationJob.objects.count() == 2


def test_a_key_must_be_printable_and_short(staff_client: APIClient, identity: Identity) -> None:
    response = generate(staff_client, identity, "k" * 256)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_idempotency_key"
    assert not GenerationJob.objects.exists()


def finished_poster() -> GenerationJob:
    job = GenerationJobFactory(status="succeeded", started_at=timezone.now())
    png = image_bytes(Image.new("RGB", (640, 360), (200, 80, 40)), format="PNG")
    job.image.save("poster.png", ContentFile(png), save=True)
    return job


def test_save_to_identity_twice_with_one_key_saves_one_version(
    staff_client: APIClient, media_storage: StoredMedia
) -> None:
    job = finished_poster()
    url = f"{JOBS}/{job.id}/save-to-identity/"

    first = staff_client.post(url, headers={"Idempotency-Key": "save-1"})
    retry = staff_client.post(url, headers={"Idempotency-Key": "save-1"})

    assert first.status_code == retry.status_code == 200
    assert retry.json() == first.json()
    assert IdentityImageVersion.objects.filter(identity=job.identity).count() == 1
    assert IdempotentRequest.objects.get().subject_user_id == job.identity.user_id


def test_refine_twice_with_one_key_queues_one_child(
    staff_client: APIClient, user: User, add_reference: Callable[[User], str]
) -> None:
    add_reference(user)
    parent = finished_poster()
    parent.user = parent.identity.user = user
    parent.identity.save()
    parent.save()
    url = f"{JOBS}/{parent.id}/refine/"
    body = {"instruction": "Warmer light"}

    with override_settings(TASKS=DUMMY_TASKS):
        first = staff_client.post(url, body, format="json", headers={"Idempotency-Key": "r-1"})
        retry = staff_client.post(url, body, format="json", headers={"Idempotency-Key": "r-1"})

    assert first.status_code == retry.status_code == 202, first.content
    assert retry.json()["id"] == first.json()["id"]
    assert GenerationJob.objects.filter(parent=parent).count() == 1
    assert IdempotentRequest.objects.get().subject_user_id == user.pk


def test_retention_deletes_the_answers_no_retry_may_use(
    staff_client: APIClient, identity: Identity
) -> None:
    generate(staff_client, identity, "old")
    IdempotentRequest.objects.update(created_at=timezone.now() - timedelta(hours=25))
    generate(staff_client, identity, "fresh")

    assert purge_expired(dry_run=True).kept_answers == 1
    assert IdempotentRequest.objects.count() == 2
    assert purge_expired().kept_answers == 1
    assert list(IdempotentRequest.objects.values_list("key", flat=True)) == ["fresh"]


def test_erasing_a_person_erases_the_answers_kept_about_them(
    staff_client: APIClient,
    identity: Identity,
    staff_user: User,
    add_reference: Callable[[User], str],
) -> None:
    add_reference(staff_user)
    generate(staff_client, identity, "about-them")
    another = generate(staff_client, IdentityFactory(user=staff_user), "about-another")
    assert another.status_code == 202, another.content
    assert IdempotentRequest.objects.get(key="about-them").subject_user_id == identity.user_id

    erased = staff_client.post(
        f"/api/v1/users/{identity.user_id}/erase/", {"email": identity.user.email}, format="json"
    )

    assert erased.status_code == 200, erased.content
    assert list(IdempotentRequest.objects.values_list("key", flat=True)) == ["about-another"]
    # The key is free again: a retry after the erasure starts a new poster.
    assert generate(staff_client, identity, "about-them").status_code == 400
