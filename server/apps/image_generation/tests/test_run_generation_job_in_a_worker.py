"""A whole job through a real `manage.py db_worker` process."""

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.users.models import User
from services.image_generation.testing import FakeGeminiServer

SERVER_DIR = Path(__file__).resolve().parents[3]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url() -> str:
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    user = settings["USER"] or "postgres"
    return f"postgres://{user}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def worker_env(media_root: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "database",
        "MEDIA_ROOT": str(media_root),
        **extra,
    }


def run_worker_until_idle(media_root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=SERVER_DIR,
        env=worker_env(media_root),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.live
@pytest.mark.django_db(transaction=True)
def test_a_worker_process_draws_the_queued_poster(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    media_storage: Path,
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)

    with override_settings(TASKS=DATABASE_TASKS):
        response = staff_client.post(
            "/api/v1/image-generation/generate/",
            {"identity_id": str(identity.id), "user_id": str(user.id), "resolution": "1K"},
            format="json",
        )
    assert response.status_code == 202
    assert response.json()["status"] == "queued"

    worker = run_worker_until_idle(media_storage)

    assert worker.returncode == 0, worker.stderr
    job = GenerationJob.objects.get(pk=response.json()["id"])
    assert job.status == "succeeded", job.error_message
    assert (job.image_width, job.image_height) == (1376, 768)
    assert job.started_at is not None
    assert job.finished_at is not None
    assert (media_storage / job.image.name).is_file()


@pytest.mark.live
@pytest.mark.django_db(transaction=True)
def test_a_killed_worker_leaves_no_job_running_forever(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    media_storage: Path,
    fake_gemini: FakeGeminiServer,
) -> None:
    add_reference(user)
    identity = IdentityFactory(user=user)
    fake_gemini.scenario = "slow:60"  # the provider never answers while the worker lives
    with override_settings(TASKS=DATABASE_TASKS):
        job_id = staff_client.post(
            "/api/v1/image-generation/generate/",
            {"identity_id": str(identity.id), "user_id": str(user.id), "resolution": "1K"},
            format="json",
        ).json()["id"]
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--no-startup-delay", "--interval", "0.1"],
        cwd=SERVER_DIR,
        env=worker_env(
            media_storage,
            IMAGE_PROVIDER="gemini",
            GEMINI_API_KEY=fake_gemini.api_key,
            GEMINI_BASE_URL=fake_gemini.base_url,
        ),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while GenerationJob.objects.get(pk=job_id).status != "running":
            assert time.monotonic() < deadline, "the worker never started the job"
            time.sleep(0.1)
        killed_at = time.monotonic()
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()

    with override_settings(GENERATION_JOB_TIMEOUT_S=1):
        time.sleep(1.1)
        body = staff_client.get(f"/api/v1/image-generation/jobs/{job_id}/").json()

    assert body["status"] == "failed"
    assert body["error_code"] == "worker_lost"
    assert time.monotonic() - killed_at < 5
