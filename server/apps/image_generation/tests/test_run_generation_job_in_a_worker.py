"""A whole job through a real `manage.py db_worker` process."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.users.models import User

SERVER_DIR = Path(__file__).resolve().parents[3]
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def database_url() -> str:
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    user = settings["USER"] or "postgres"
    return f"postgres://{user}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"


def run_worker_until_idle(media_root: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": database_url(),
        "TASKS_BACKEND": "database",
        "MEDIA_ROOT": str(media_root),
    }
    return subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=SERVER_DIR,
        env=env,
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
