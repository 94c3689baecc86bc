import uuid
from collections.abc import Callable
from decimal import Decimal
from io import BytesIO

import pytest
from django.core.cache import cache
from django.test import override_settings
from PIL import Image
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.image_generation.throttles import GenerationRateThrottle
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from services.image_generation import LocalPosterService
from testing import StoredMedia
from testing.fake_gemini import FakeGeminiServer

pytestmark = [pytest.mark.django_db, pytest.mark.stack]

URL = "/api/v1/image-generation/generate/"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def body(identity: Identity, **extra: object) -> dict[str, object]:
    return {"identity_id": str(identity.id), "user_id": str(identity.user_id), **extra}


def test_generation_runs_and_stores_the_poster(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    reference_id = add_reference(user)
    identity = IdentityFactory(user=user, name="Creative Visionary")

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            URL, body(identity, aspect_ratio="16:9", resolution="1K"), format="json"
        )

    assert response.status_code == 202
    [queued] = response.json()["jobs"]
    assert queued["status"] == "queued"  # the task runs once the request commits
    job = staff_client.get(f"/api/v1/image-generation/jobs/{queued['id']}/").json()
    assert job["status"] == "succeeded", job["error_message"]
    assert job["identity"] == {"id": str(identity.id), "name": "Creative Visionary"}
    assert job["reference_image_ids"] == [reference_id]
    assert (job["width"], job["height"]) == (1376, 768)
    assert job["provider"] == "local"
    assert job["provider_store"] is None  # nothing was sent anywhere
    assert job["cost_usd"] == "0.0000"
    assert "Creative Visionary" in job["prompt"]
    with Image.open(BytesIO(media_storage.read_url(job["image_url"], staff_client))) as poster:
        assert poster.size == (1376, 768)
    with Image.open(BytesIO(media_storage.read_url(job["image"]["thumbnail"], staff_client))) as t:
        assert max(t.size) == 320


def test_a_gemini_poster_records_that_google_was_asked_to_keep_no_log(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    fake_gemini: FakeGeminiServer,
    django_capture_on_commit_callbacks,
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(URL, body(identity, resolution="1K"), format="json")

    [queued] = response.json()["jobs"]
    assert queued["provider_store"] is False
    job = staff_client.get(f"/api/v1/image-generation/jobs/{queued['id']}/").json()
    assert job["status"] == "succeeded", job["error_message"]
    assert (job["provider"], job["provider_store"]) == ("gemini", False)
    [request] = fake_gemini.requests
    assert request.store is False


def test_defaults_are_the_plans(
    staff_client: APIClient, user: User, add_reference: Callable[[User], str]
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)

    with override_settings(TASKS=DUMMY_TASKS):
        [job] = staff_client.post(URL, body(identity), format="json").json()["jobs"]

    assert (job["aspect_ratio"], job["resolution"]) == ("16:9", "4K")


def test_request_only_queues_the_job(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)
    calls: list[object] = []
    monkeypatch.setattr(LocalPosterService, "generate_image", lambda *a, **k: calls.append(a))

    with override_settings(TASKS=DUMMY_TASKS):
        response = staff_client.post(URL, body(identity), format="json")

    assert response.status_code == 202
    assert [job["status"] for job in response.json()["jobs"]] == ["queued"]
    assert calls == []


def test_save_to_identity_puts_the_poster_on_the_identity(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    django_capture_on_commit_callbacks,
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)

    with django_capture_on_commit_callbacks(execute=True):
        [queued] = staff_client.post(
            URL, body(identity, resolution="1K", save_to_identity=True), format="json"
        ).json()["jobs"]
    job = staff_client.get(f"/api/v1/image-generation/jobs/{queued['id']}/").json()

    identity.refresh_from_db()
    assert identity.image
    assert (identity.image_width, identity.image_height) == (job["width"], job["height"])
    assert job["saved_to_identity_at"] is not None


@pytest.mark.parametrize(
    ("change", "status", "detail"),
    [
        ({"identity_id": str(uuid.uuid4())}, 404, "No identity with this id exists."),
        ({"user_id": str(uuid.uuid4())}, 404, "No user with this id exists."),
        ({"aspect_ratio": "7:3"}, 400, None),
        ({"resolution": "8K"}, 400, "Resolution: Must be one of 1K, 2K, 4K."),
        ({"resolution": "1k"}, 400, "Resolution: Must be one of 1K, 2K, 4K."),
        ({"additional_prompt": "x" * 2001}, 400, None),
        ({"identity_id": "not-a-uuid"}, 400, "Identity id: Must be a valid UUID."),
    ],
)
def test_bad_requests_are_refused_in_words(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    change: dict[str, str],
    status: int,
    detail: str | None,
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)

    response = staff_client.post(URL, {**body(identity), **change}, format="json")

    assert response.status_code == status
    if detail:
        assert response.json()["detail"] == detail
    assert not GenerationJob.objects.exists()


def test_identity_of_another_user_is_refused(
    staff_client: APIClient, user: User, other_user: User, add_reference: Callable[[User], str]
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=other_user)

    response = staff_client.post(
        URL, {"identity_id": str(identity.id), "user_id": str(user.id)}, format="json"
    )

    assert response.status_code == 400
    assert response.json() == {
        "detail": "This identity belongs to another user.",
        "code": "identity_of_another_user",
    }


def test_user_without_reference_images_is_refused(staff_client: APIClient, user: User) -> None:
    identity = IdentityFactory(user=user)

    response = staff_client.post(URL, body(identity), format="json")

    assert response.status_code == 400
    assert response.json() == {
        "detail": "This person has no reference photos yet. Add at least one photo first.",
        "code": "no_reference_images",
    }


def test_non_staff_cannot_generate(user_client: APIClient, user: User) -> None:
    identity = IdentityFactory(user=user)

    response = user_client.post(URL, body(identity), format="json")

    assert response.status_code == 403
    assert not GenerationJob.objects.exists()


@pytest.mark.parametrize("who", ["plain user", "other admin"])
def test_a_poster_is_refused_of_anyone_but_yourself_and_test_accounts(
    staff_client: APIClient, who: str
) -> None:
    person = UserFactory(is_staff=who == "other admin")
    ReferenceImageFactory(user=person, image_file=photo_upload())
    identity = IdentityFactory(user=person)

    response = staff_client.post(URL, body(identity), format="json")

    assert response.status_code == 403
    assert response.json() == {
        "detail": "Posters can be made only of yourself and of test accounts.",
        "code": "not_a_generation_subject",
    }
    assert not GenerationJob.objects.exists()


def test_a_poster_of_yourself_is_queued(staff_client: APIClient, staff_user: User) -> None:
    ReferenceImageFactory(user=staff_user, image_file=photo_upload())
    identity = IdentityFactory(user=staff_user)

    with override_settings(TASKS=DUMMY_TASKS):
        response = staff_client.post(URL, body(identity), format="json")

    assert response.status_code == 202
    assert GenerationJob.objects.get().user_id == staff_user.pk


def test_an_admin_past_the_generation_rate_is_refused_with_when_to_try_again(
    staff_client: APIClient, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.clear()
    monkeypatch.setattr(GenerationRateThrottle, "THROTTLE_RATES", {"generation": "2/hour"})
    ReferenceImageFactory(user=user, image_file=photo_upload())
    identity = IdentityFactory(user=user)

    with override_settings(TASKS=DUMMY_TASKS):
        statuses = [
            staff_client.post(URL, body(identity), format="json").status_code for _ in range(3)
        ]
        refused = staff_client.post(URL, body(identity), format="json")

    assert statuses == [202, 202, 429]
    assert refused.json()["code"] == "throttled"
    assert refused.json()["detail"].startswith("Too many attempts. Please try again in ")
    assert GenerationJob.objects.count() == 2


@override_settings(IMAGE_PROVIDER="gemini", GEMINI_API_KEY="test-key", TASKS=DUMMY_TASKS)
def test_a_person_past_the_daily_budget_is_refused_until_midnight(
    staff_client: APIClient, user: User, settings: SettingsWrapper
) -> None:
    settings.GENERATION_DAILY_BUDGET_USD = Decimal("0.50")
    ReferenceImageFactory(user=user, image_file=photo_upload())
    identity = IdentityFactory(user=user)

    statuses = [
        staff_client.post(URL, body(identity, resolution="4K"), format="json").status_code
        for _ in range(2)
    ]
    refused = staff_client.post(URL, body(identity, resolution="4K"), format="json")

    assert statuses == [202, 202]  # about $0.24 each
    assert refused.status_code == 429
    assert refused.json()["code"] == "throttled"
    assert refused.json()["detail"].startswith("This person's daily budget of $0.50 would be")
    assert "after midnight UTC" in refused.json()["detail"]
    assert int(refused["Retry-After"]) > 0
    assert GenerationJob.objects.count() == 2
