"""Real worker processes for the job-lifecycle tests.

`manage.py run_worker` on the default stack (database queue), `manage.py rqworker` on the
production stack (Redis). Each worker gets the test's database, storage and provider through
its environment, as a deployed worker does.
"""

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import IO

from django.conf import settings
from django.test import override_settings

from testing import RQ_TASKS, StoredMedia, database_url
from testing.fake_gemini import FakeGeminiServer

SERVER_DIR = Path(__file__).resolve().parents[3]
BACKENDS = {"database": {"BACKEND": "django_tasks_db.DatabaseBackend"}, "rq": RQ_TASKS["default"]}


def descendants(pid: int) -> list[int]:
    """Every process below `pid`, read from /proc."""
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # "pid (name) state ppid ...": the name may hold spaces, so split after the ")".
            fields = stat.read_text().rsplit(")", 1)[1].split()
            parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found: list[int] = []
    pending = [pid]
    while pending:
        children = parents.get(pending.pop(), [])
        found.extend(children)
        pending.extend(children)
    return found


class TaskWorkers:
    def __init__(
        self,
        *,
        backend: str,
        media: StoredMedia,
        fake_gemini: FakeGeminiServer,
        redis_url: str = "",
    ) -> None:
        self.backend = backend
        self.media = media
        self.fake_gemini = fake_gemini
        self.redis_url = redis_url
        self.started: list[subprocess.Popen[str]] = []

    def queue(self) -> override_settings:
        """Settings under which the API puts tasks where these workers look for them."""
        return override_settings(
            TASKS={"default": BACKENDS[self.backend]},
            RQ_QUEUES={
                "default": {**settings.RQ_QUEUES["default"], "URL": self.redis_url, "ASYNC": True}
            },
        )

    def env(self, **extra: str) -> dict[str, str]:
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "settings.test",
            "DATABASE_URL": database_url(),
            "TASKS_BACKEND": self.backend,
            "REDIS_URL": self.redis_url,
            "IMAGE_PROVIDER": "gemini",
            "GEMINI_API_KEY": self.fake_gemini.api_key,
            "GEMINI_BASE_URL": self.fake_gemini.base_url,
            **self.media.worker_env(),
            **extra,
        }

    def command(self, *, until_idle: bool) -> list[str]:
        if self.backend == "rq":
            return ["rqworker", "default", *(["--burst"] if until_idle else [])]
        return ["run_worker", "--no-startup-delay", "--interval", "0.1"] + (
            ["--batch"] if until_idle else []
        )

    def start(
        self, *, until_idle: bool = False, log: Path | None = None, **env: str
    ) -> subprocess.Popen[str]:
        """One worker. A worker that runs until idle reports its output; a long-running one
        writes it to `log`, or stays quiet (nobody drains its pipe)."""
        with contextlib.ExitStack() as files:
            output: int | IO[str] = subprocess.PIPE if until_idle else subprocess.DEVNULL
            if log is not None and not until_idle:
                output = files.enter_context(log.open("w"))
            worker = subprocess.Popen(  # noqa: S603 - this interpreter and manage.py
                [sys.executable, "manage.py", *self.command(until_idle=until_idle)],
                cwd=SERVER_DIR,
                env=self.env(**env),
                stdout=output,
                stderr=subprocess.STDOUT,
                text=True,
            )
        self.started.append(worker)
        return worker

    def run_until_idle(self, count: int, **env: str) -> list[str]:
        """`count` workers side by side until the queue is empty; returns what each printed."""
        workers = [self.start(until_idle=True, **env) for _ in range(count)]
        outputs = []
        for worker in workers:
            output, _ = worker.communicate(timeout=120)
            assert worker.returncode == 0, output
            outputs.append(output)
        return outputs

    def kill(self, worker: subprocess.Popen[str]) -> None:
        """SIGKILL the worker and whatever it forked, as when its machine dies.

        RQ runs each job in a forked child in a session of its own, so killing the worker's
        process group would leave the job running.
        """
        for pid in [*descendants(worker.pid), worker.pid]:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        worker.wait(timeout=10)

    def stop_all(self) -> None:
        for worker in self.started:
            if worker.poll() is None:
                self.kill(worker)
            if worker.stdout is not None:
                worker.stdout.close()
