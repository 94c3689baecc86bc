"""Whole jobs through real `manage.py rqworker` processes on Redis (TASKS_BACKEND=rq)."""

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
from django.test import override_settings
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.admin import requeue_stale_queued_jobs
from apps.image_generation.models import GenerationJob
from apps.users.models import User
from services.image_generation.testing import FakeGeminiServer

from .test_run_generation_job_in_a_worker import SERVER_DIR, worker_env

SHARED_REDIS_URL = "redis://127.0.0.1:6379/15"  # db 15: flushed by these tests
RQ_TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


def skip_or_fail(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def shared_redis() -> Iterator[str]:
    """Redis db 15 on this machine, empty."""
    connection = redis.Redis.from_url(SHARED_REDIS_URL, socket_connect_timeout=1)
    try:
        connection.ping()
    except redis.RedisError as error:
        skip_or_fail(f"Redis is not reachable at {SHARED_REDIS_URL}: {error}")
    connection.flushdb()
    yield SHARED_REDIS_URL
    connection.flushdb()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateRedis:
    """A redis-server of the test's own, without persistence: stopping it loses its queue."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        arguments = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        self.process = subprocess.Popen(  # noqa: S603 - the installed redis-server
            [self.binary, *arguments, "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        connection = redis.Redis.from_url(self.url, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                connection.ping()
                return
            except redis.ConnectionError:
                assert time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    binary = shutil.which("redis-server") or "/usr/bin/redis-server"
    if not Path(binary).is_file():
        skip_or_fail("redis-server is not installed")
    server = PrivateRedis(binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def rq_settings(redis_url: str) -> override_settings:
    return override_settings(
        TASKS=RQ_TASKS, RQ_QUEUES={"default": {"URL": redis_url, "DEFAULT_TIMEOUT": 600}}
    )


def start_burst_worker(
    media_root: Path, redis_url: str, fake_gemini: FakeGeminiServer
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "manage.py", "rqworker", "default", "--burst"],
        cwd=SERVER_DIR,
        env=worker_env(
            media_root,
            TASKS_BACKEND="rq",
            REDIS_URL=redis_url,
            IMAGE_PROVIDER="gemini",
            GEMINI_API_KEY=fake_gemini.api_key,
            GEMINI_BASE_URL=fake_gemini.base_url,
        ),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def finish(worker: subprocess.Popen[str]) -> str:
    output, _ = worker.communicate(timeout=120)
    assert worker.returncode == 0, output
    return output


@pytest.fixture
def post_job(
    staff_client: APIClient, user: User, add_reference: Callable[[User], str]
) -> Callable[[], str]:
    add_reference(user)
    identity = IdentityFactory(user=user)

    def post() -> str:
        response = staff_client.post(
            "/api/v1/image-generation/generate/",
            {"identity_id": str(identity.id), "user_id": str(user.id), "resolution": "1K"},
            format="json",
        )
        assert response.status_code == 202, response.content
        return response.json()["id"]

    return post


def test_two_rq_workers_draw_every_queued_poster_once(
    shared_redis: str,
    post_job: Callable[[], str],
    media_storage: Path,
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.latency_s = 0.3  # long enough for both workers to take jobs
    with rq_settings(shared_redis):
        job_ids = [post_job() for _ in range(4)]
    assert redis.Redis.from_url(shared_redis).llen("rq:queue:default") == 4

    workers = [start_burst_worker(media_storage, shared_redis, fake_gemini) for _ in range(2)]
    outputs = [finish(worker) for worker in workers]

    # Between them, the two workers ran each task once (which worker took which is up to
    # Redis: usually two each).
    assert sum(output.count("Job OK") for output in outputs) == 4, outputs

    jobs = GenerationJob.objects.filter(pk__in=job_ids)
    assert sorted(job.status for job in jobs) == ["succeeded"] * 4, [
        (job.error_code, job.error_message) for job in jobs
    ]
    assert all((media_storage / job.image.name).is_file() for job in jobs)
    assert len(fake_gemini.requests) == 4  # no job drawn twice


def test_jobs_lost_with_a_restarted_redis_run_after_the_requeue_sweep(
    private_redis: PrivateRedis,
    post_job: Callable[[], str],
    media_storage: Path,
    fake_gemini: FakeGeminiServer,
) -> None:
    with rq_settings(private_redis.url):
        job_id = post_job()
        assert redis.Redis.from_url(private_redis.url).llen("rq:queue:default") == 1

        restarted_at = time.monotonic()
        private_redis.stop()  # no persistence: the queued task is gone
        private_redis.start()
        assert redis.Redis.from_url(private_redis.url).llen("rq:queue:default") == 0
        finish(start_burst_worker(media_storage, private_redis.url, fake_gemini))
        assert GenerationJob.objects.get(pk=job_id).status == "queued"  # nothing ran it

        with override_settings(GENERATION_QUEUE_TIMEOUT_S=0):
            assert requeue_stale_queued_jobs() == 1
        finish(start_burst_worker(media_storage, private_redis.url, fake_gemini))
        recovered_in = time.monotonic() - restarted_at

    job = GenerationJob.objects.get(pk=job_id)
    assert job.status == "succeeded", job.error_message
    assert len(fake_gemini.requests) == 1
    assert recovered_in < 30  # two worker starts and one poster: a few seconds
