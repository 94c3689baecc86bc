"""Redis lost or down: jobs wait in the database and the requeue sweep hands them back (rq)."""

import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import redis
import rq
from django.conf import settings
from django.test import override_settings

from apps.image_generation.models import GenerationJob
from apps.image_generation.tasks import requeue_stale_queued_jobs
from testing import StoredMedia, assert_storage_consistent, free_port, missing_service
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]


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
        missing_service("redis-server is not installed")
    server = PrivateRedis(binary)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def test_jobs_lost_with_a_restarted_redis_run_after_the_requeue_sweep(
    private_redis: PrivateRedis,
    post_job: Callable[[], str],
    media_storage: StoredMedia,
    fake_gemini: FakeGeminiServer,
    record_property: Callable[[str, object], None],
) -> None:
    workers = TaskWorkers(
        backend="rq", media=media_storage, fake_gemini=fake_gemini, redis_url=private_redis.url
    )
    with workers.queue():
        job_id = post_job()
        (queued,) = rq.Queue("default", connection=redis.Redis.from_url(private_redis.url)).jobs
        assert queued.timeout == settings.GENERATION_JOB_TIMEOUT_S  # RQ never cuts a job short

        restarted_at = time.monotonic()
        private_redis.stop()  # no persistence: the queued task is gone
        private_redis.start()
        assert redis.Redis.from_url(private_redis.url).llen("rq:queue:default") == 0
        workers.run_until_idle(1)
        assert GenerationJob.objects.get(pk=job_id).status == "queued"  # nothing ran it

        with override_settings(GENERATION_QUEUE_TIMEOUT_S=0):
            assert requeue_stale_queued_jobs() == 1
        workers.run_until_idle(2)
        recovered_in = time.monotonic() - restarted_at
    record_property("seconds_to_final_state", round(recovered_in, 2))

    job = GenerationJob.objects.get(pk=job_id)
    assert job.status == "succeeded", job.error_message
    assert len(fake_gemini.requests) == 1
    # How long it took is a figure (bench/fault_recovery.py reads it), not a pass mark: the
    # workers' own deadlines bound it.
    assert_storage_consistent()


def test_a_job_posted_while_redis_is_down_waits_in_the_database_and_runs_after_the_sweep(
    private_redis: PrivateRedis,
    post_job: Callable[[], str],
    media_storage: StoredMedia,
    fake_gemini: FakeGeminiServer,
    caplog: pytest.LogCaptureFixture,
    record_property: Callable[[str, object], None],
) -> None:
    workers = TaskWorkers(
        backend="rq", media=media_storage, fake_gemini=fake_gemini, redis_url=private_redis.url
    )
    private_redis.stop()
    with workers.queue():
        job_id = post_job()  # 202 and `queued`, not a 500
        assert "Error calling" in caplog.text  # the failed enqueue is logged

        private_redis.start()
        back_at = time.monotonic()
        with override_settings(GENERATION_QUEUE_TIMEOUT_S=0):
            assert requeue_stale_queued_jobs() == 1
        workers.run_until_idle(1)
        record_property("seconds_to_final_state", round(time.monotonic() - back_at, 2))

    job = GenerationJob.objects.get(pk=job_id)
    assert job.status == "succeeded", job.error_message
    assert len(fake_gemini.requests) == 1
    assert_storage_consistent()
