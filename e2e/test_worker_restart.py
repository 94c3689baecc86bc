"""bin/run starts the task worker again when it dies."""

import os
import signal
import time
from pathlib import Path

from .conftest import Stack, processes_in_group, running_product

# bin/run waits 2 s, then a worker imports Django, OpenCV and the models: on a busy machine
# that takes a while.
WORKER_START_TIMEOUT_S = 90


def worker_pids(product: Stack) -> set[int]:
    return {
        pid
        for pid, command in processes_in_group(product.process_group).items()
        if "manage.py run_worker" in command
    }


def wait_for_workers_started(product: Stack, count: int) -> None:
    """Until the run log says `count` workers have started (each with its signal handlers)."""
    log_file = product.data_dir / "run.log"
    deadline = time.monotonic() + WORKER_START_TIMEOUT_S
    while log_file.read_text().count("Starting worker") < count:
        assert time.monotonic() < deadline, f"worker {count} did not start"
        time.sleep(0.1)


def test_a_killed_worker_is_started_again(tmp_path: Path) -> None:
    # A worker that has just started may be waiting for the database lock (SQLITE_TIMEOUT_S)
    # when Ctrl-C comes: it stops once that wait ends. Leaving no process behind is checked
    # by running_product.
    with running_product(tmp_path, stop_timeout_s=45) as product:
        # Killed only once it is up: one killed while importing would never say it started.
        wait_for_workers_started(product, 1)
        (first,) = worker_pids(product)
        os.kill(first, signal.SIGKILL)  # as the kernel's OOM killer would
        wait_for_workers_started(product, 2)
        (second,) = worker_pids(product)
        log = (product.data_dir / "run.log").read_text()

    assert second != first
    assert "The worker stopped unexpectedly; starting it again in 2 s." in log
