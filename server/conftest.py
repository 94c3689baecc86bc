"""Fixtures shared by every app's tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from apps.privacy.tests.factories import PersonConsentFactory
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import (
    RQ_TASKS,
    TEST_REDIS_URL,
    MotoS3Server,
    S3Bucket,
    S3Media,
    StoredMedia,
    local_media,
    production_stack,
    s3_media,
)
from testing.fake_gemini import FakeGeminiServer


@pytest.fixture(scope="session")
def moto_s3() -> Iterator[MotoS3Server]:
    """One local S3 (moto in server mode) for the session."""
    with MotoS3Server() as server:
        yield server


@pytest.fixture(scope="session", autouse=True)
def s3_of_the_run(request: pytest.FixtureRequest) -> Iterator[S3Media | None]:
    """On the production stack, the one bucket and S3 storage every test stores files in.

    One storage for the whole run, set before any test overrides a setting: a new S3 storage
    per test would cost a boto3 session (a fraction of a second) on each test's first file.
    """
    if not production_stack():
        yield None
        return
    with s3_media(request.getfixturevalue("moto_s3")) as media:
        yield media


@pytest.fixture(autouse=True)
def media_storage(s3_of_the_run: S3Media | None, tmp_path: Path) -> Iterator[StoredMedia]:
    """Each test stores files in its own empty folder, or the run's bucket emptied for it on the
    production stack."""
    if s3_of_the_run is not None:
        s3_of_the_run.bucket.empty()
        yield s3_of_the_run
    else:
        with local_media(tmp_path / "media") as media:
            yield media


@pytest.fixture(autouse=True)
def task_queue() -> Iterator[None]:
    """Where tasks go: run at once by default; on the production stack through RQ on Redis.

    There RQ runs each task as soon as it is queued (ASYNC off), so a test sees its outcome as
    with the immediate backend; the job-lifecycle tests hand tasks to worker processes instead.
    """
    if not production_stack():
        yield
        return
    queue = {**settings.RQ_QUEUES["default"], "URL": TEST_REDIS_URL, "ASYNC": False}
    with override_settings(TASKS=RQ_TASKS, RQ_QUEUES={"default": queue}):
        yield


@pytest.fixture
def s3_storage(moto_s3: MotoS3Server, media_storage: StoredMedia) -> Iterator[S3Bucket]:
    """Store this test's files in a private bucket, whichever stack the run uses."""
    if isinstance(media_storage, S3Media):
        yield media_storage.bucket
    else:
        with s3_media(moto_s3) as media:
            yield media.bucket


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


def _consenting(user: User) -> User:
    """The people of most tests have consented; the consent tests make people who have not."""
    PersonConsentFactory(user=user)
    return user


@pytest.fixture
def user(db: None) -> User:
    return _consenting(UserFactory())


@pytest.fixture
def other_user(db: None) -> User:
    return _consenting(UserFactory())


@pytest.fixture
def staff_user(db: None) -> User:
    return _consenting(UserFactory(is_staff=True))


@pytest.fixture
def user_client(user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def staff_client(staff_user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(staff_user)
    return client


@pytest.fixture(scope="session")
def fake_gemini_session() -> Iterator[FakeGeminiServer]:
    with FakeGeminiServer() as server:
        yield server


@pytest.fixture
def fake_gemini(
    fake_gemini_session: FakeGeminiServer, settings: SettingsWrapper
) -> FakeGeminiServer:
    fake_gemini_session.reset()
    fake_gemini_session.retry_delay = "0.05s"
    fake_gemini_session.latency_s = 0.0
    settings.IMAGE_PROVIDER = "gemini"
    settings.GEMINI_API_KEY = fake_gemini_session.api_key
    settings.GEMINI_BASE_URL = fake_gemini_session.base_url
    settings.GEMINI_IMAGE_MODEL = "gemini-3-pro-image"
    settings.GEMINI_TIMEOUT_S = 10.0
    settings.GEMINI_MAX_ATTEMPTS = 3
    settings.GEMINI_RETRY_BASE_DELAY_S = 0.01
    settings.GEMINI_RETRY_MAX_DELAY_S = 1.0
    settings.GEMINI_EXTRA_HEADERS = {}
    return fake_gemini_session


# Fixtures that reach what only the production stack has in full: real transactions between
# connections, a live server's threads, worker processes.
_STACK_FIXTURES = {
    "transactional_db",
    "django_db_reset_sequences",
    "django_db_serialized_rollback",
    "live_server",
    "task_workers",
}


def _depends_on_the_stack(item: pytest.Item) -> bool:
    if item.get_closest_marker("stack") or _STACK_FIXTURES & set(getattr(item, "fixturenames", ())):
        return True
    database = item.get_closest_marker("django_db")
    return database is not None and any(
        database.kwargs.get(option)
        for option in ("transaction", "reset_sequences", "serialized_rollback")
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the production stack, run only the tests whose behaviour depends on the stack.

    Those are marked `stack` (locks and concurrency, transactions, stored files, the queue,
    workers, migrations, database errors) or use real transactions, a live server or worker
    processes. The others (access rules, validation, providers, pure image work, the schema)
    do the same on either stack and have already run on the embedded one.
    """
    if not production_stack():
        return
    kept, independent = [], []
    for item in items:
        (kept if _depends_on_the_stack(item) else independent).append(item)
    if independent:
        config.hook.pytest_deselected(items=independent)
        items[:] = kept
