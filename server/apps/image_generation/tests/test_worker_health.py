"""Workers that outlive a locked database, say they are alive, and give back a lost job."""

import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from django.db import connection
from django.test import override_settings
from rest_framework.test import APIClient

from apps.core.models import WorkerHeartbeat
from apps.image_generation.models import GenerationJob
from apps.image_generation.tasks import recover_lost_generation_jobs
from testing import production_stack
from testing.fake_gemini import FakeGeminiServer

from .task_workers import TaskWorkers
from .test_generation_job_lifecycle import wait_for_status

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True)]
OPTIONS = "/api/v1/image-generation/options/"
FAST_BEATS = {"WORKER_HEARTBEAT_INTERVAL_S": "0.2", "WORKER_LOST_AFTER_S": "1"}


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting until {what}"
        time.sleep(0.05)


def test_a_worker_outlives_a_database_locked_longer_than_its_timeout(
    task_workers: TaskWorkers, post_job: Callable[[], str], tmp_path: Path
) -> None:
    if production_stack():
        pytest.skip("SQLite's write lock; the PostgreSQL run has its own outage tests")
    log = tmp_path / "worker.log"
    worker = task_workers.start(log=log, SQLITE_TIMEOUT_S="1", **FAST_BEATS)
    wait_until(WorkerHeartbeat.objects.exists, "the worker beats")

    holder = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # every other writer, the worker's poll too, waits
    wait_until(  # its poll gave up after SQLITE_TIMEOUT_S, the lock still held
        lambda: "The task database is busy" in log.read_text(), "the worker's poll times out"
    )
    holder.execute("ROLLBACK")
    holder.close()

    assert worker.poll() is None, "the worker died of the locked database"
    with task_workers.queue():
        job_id = post_job()
    assert wait_for_status(job_id, "succeeded").status == "succeeded"


def test_the_options_say_whether_a_worker_is_there(
    task_workers: TaskWorkers, staff_client: APIClient
) -> None:
    if production_stack():
        pytest.skip("run_worker's heartbeat is the database queue's; RQ keeps its own")
    with task_workers.queue():
        assert staff_client.get(OPTIONS).json()["worker"]["state"] == "not_seen"
        worker = task_workers.start(**FAST_BEATS)
        wait_until(WorkerHeartbeat.objects.exists, "the worker beats")
        seen = staff_client.get(OPTIONS).json()["worker"]
        worker.send_signal(signal.SIGTERM)  # stopped as a deployment stops it
        worker.wait(timeout=30)
        gone = staff_client.get(OPTIONS).json()["worker"]

    assert seen["state"] == "running"
    assert seen["last_seen_at"] is not None
    assert gone == {"state": "not_seen", "last_seen_at": None}


def test_a_job_whose_worker_vanished_is_drawn_again_once_by_another_worker(
    task_workers: TaskWorkers,
    post_job: Callable[[], str],
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.queue_scenarios("slow:60")  # the first call never answers while its worker lives
    with task_workers.queue():
        job_id = post_job()
    doomed = task_workers.start(**FAST_BEATS)
    wait_for_status(job_id, "running")
    wait_until(lambda: bool(fake_gemini.requests), "the worker calls the provider")
    task_workers.kill(doomed)
    task_workers.start(**FAST_BEATS)  # on the database queue its heartbeat recovers the job

    with override_settings(WORKER_LOST_AFTER_S=1), task_workers.queue():
        deadline = time.monotonic() + 30
        while GenerationJob.objects.get(pk=job_id).status == "running":
            assert time.monotonic() < deadline, "the lost job was never given back"
            if production_stack():  # RQ workers run no schedule: the requeue command does
                recover_lost_generation_jobs()
            time.sleep(0.2)
    job = wait_for_status(job_id, "succeeded")

    assert job.requeues == 1
    assert len(fake_gemini.requests) == 2  # drawn once more, by the other worker
