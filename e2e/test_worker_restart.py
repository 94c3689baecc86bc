"""bin/run starts the task worker again when it dies."""

import os
import signal
import time
from pathlib import Path

from .conftest import running_product


def worker_pids() -> set[int]:
    found = set()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if "manage.py run_worker" in cmdline.read_text(errors="replace").replace("\0", " "):
                found.add(int(cmdline.parent.name))
        except (OSError, ValueError):  # the process ended while we looked
            continue
    return found


def test_a_killed_worker_is_started_again(tmp_path: Path) -> None:
    before = worker_pids()
    # A worker that has just started may be waiting for the database lock (SQLITE_TIMEOUT_S)
    # when Ctrl-C comes: it stops once that wait ends.
    with running_product(tmp_path, stop_timeout_s=45) as product:
        deadline = time.monotonic() + 30
        while not (worker_pids() - before):
            assert time.monotonic() < deadline, "no worker started"
            time.sleep(0.1)
        (first,) = worker_pids() - before
        os.kill(first, signal.SIGKILL)  # as the kernel's OOM killer would
        # bin/run waits 2 s, then the new worker imports Django, OpenCV and the models: on a
        # busy machine that takes a while.
        deadline = time.monotonic() + 90
        log_file = product.data_dir / "run.log"
        while log_file.read_text().count("Starting worker") < 2:  # up, with its handlers
            assert time.monotonic() < deadline, "the worker was not started again"
            time.sleep(0.1)
        assert worker_pids() - before - {first}
        log = log_file.read_text()

    assert "The worker stopped unexpectedly; starting it again in 2 s." in log
    assert not (worker_pids() - before)  # Ctrl-C stopped the new one too
