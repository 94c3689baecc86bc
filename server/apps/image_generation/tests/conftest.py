from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.privacy.tests.factories import PersonConsentFactory
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import TEST_REDIS_URL, StoredMedia, empty_test_redis, production_stack
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "images"


@pytest.fixture
def add_reference(staff_client: APIClient) -> Callable[[User], str]:
    """Upload the astronaut portrait as a reference photo of `user` (who consents to
    everything first); returns its id."""

    def add(user: User) -> str:
        PersonConsentFactory(user=user)
        photo = SimpleUploadedFile(
            "astronaut.png", (FIXTURES / "astronaut.png").read_bytes(), content_type="image/png"
        )
        response = staff_client.post(
            "/api/v1/reference-images/",
            {"image": photo, "user_id": str(user.id)},
            format="multipart",
        )
        assert response.status_code == 201, response.content
        return response.json()["id"]

    return add


@pytest.fixture
def task_workers(
    media_storage: StoredMedia, fake_gemini: FakeGeminiServer
) -> Iterator[TaskWorkers]:
    """Workers of the run's stack: run_worker by default, rqworker on Redis in production."""
    if production_stack():
        connection = empty_test_redis()
        workers = TaskWorkers(
            backend="rq", media=media_storage, fake_gemini=fake_gemini, redis_url=TEST_REDIS_URL
        )
    else:
        workers = TaskWorkers(backend="database", media=media_storage, fake_gemini=fake_gemini)
    try:
        yield workers
    finally:
        workers.stop_all()
        if production_stack():
            connection.flushdb()


@pytest.fixture
def user(db: None) -> User:
    """The person these tests make posters of: a test account, as the page offers."""
    person = UserFactory()
    TestScenario.objects.create(name=f"Scenario of {person.email}", user=person)
    return person


@pytest.fixture
def post_job(
    staff_client: APIClient, user: User, add_reference: Callable[[User], str]
) -> Callable[[], str]:
    """Queue 1K poster jobs for `user` through the API; returns their ids, one per call."""
    add_reference(user)
    identity = IdentityFactory(user=user)

    def post() -> str:
        response = staff_client.post(
            "/api/v1/image-generation/generate/",
            {"identity_id": str(identity.id), "user_id": str(user.id), "resolution": "1K"},
            format="json",
        )
        assert response.status_code == 202, response.content
        [job] = response.json()["jobs"]
        assert job["status"] == "queued"
        return str(job["id"])

    return post
