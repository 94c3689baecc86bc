"""Generation jobs per second on 1, 2 and 4 RQ workers, the provider taking a fixed time.

Run from the repository root: .venv/bin/python bench/generation_throughput.py
It needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/, where
it creates and then drops a database identity_studio_bench_<pid>) and redis-server installed
(it starts a private one on a free port, without persistence). The provider is the fake
Gemini server answering after LATENCY_S; the workers are `manage.py rqworker default`
processes started, and registered with Redis, before the jobs are queued, so the timing is
from the first job queued to the last job finished, without the workers' start-up.
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from support import (
    SERVER_DIR,
    free_port,
    report,
    require_postgres,
    require_program,
    scratch_database,
    sized,
)

JOBS = int(os.environ.get("BENCH_JOBS", sized(full=12, quick=2)))
LATENCY_S = float(os.environ.get("BENCH_LATENCY_S", sized(full=1.0, quick=0.2)))
WORKER_COUNTS = sized(full=(1, 2, 4), quick=(1,))


def start_redis() -> tuple[subprocess.Popen[bytes], str]:
    binary = require_program("redis-server", "/usr/bin/redis-server")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(0.3)
    return process, f"redis://127.0.0.1:{port}/0"


def main() -> None:
    from testing.fake_gemini import FakeGeminiServer

    require_postgres()
    with scratch_database("identity_studio_bench") as database_url:
        redis_process, redis_url = start_redis()
        fake = FakeGeminiServer(latency_s=LATENCY_S)
        fake.__enter__()
        media_root = tempfile.mkdtemp(prefix="bench-media-")
        os.environ.update(
            DJANGO_SETTINGS_MODULE="settings.test",
            DATABASE_URL=database_url,
            TASKS_BACKEND="rq",
            REDIS_URL=redis_url,
            MEDIA_ROOT=media_root,
            IMAGE_PROVIDER="gemini",
            GEMINI_API_KEY=fake.api_key,
            GEMINI_BASE_URL=fake.base_url,
            LOG_LEVEL="WARNING",
        )
        try:
            run(fake, redis_url)
        finally:
            from django.db import connections

            connections.close_all()
            fake.__exit__(None, None, None)
            redis_process.terminate()
            redis_process.wait(timeout=10)
            shutil.rmtree(media_root, ignore_errors=True)


def run(fake: object, redis_url: str) -> None:
    import django

    django.setup()
    from django.core.management import call_command
    from redis import Redis
    from rq import Worker

    from apps.identities.tests.factories import IdentityFactory
    from apps.image_generation.functions.admin import generate_identity_image
    from apps.image_generation.models import GenerationJob
    from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
    from apps.users.tests.factories import UserFactory

    call_command("migrate", verbosity=0)
    redis = Redis.from_url(redis_url)
    admin = UserFactory(is_staff=True)
    identity = IdentityFactory(user=admin)
    ReferenceImageFactory(user=admin, image_file=photo_upload())  # a face: posters look like them

    print(f"{JOBS} jobs, provider latency {LATENCY_S:.1f} s")
    print("workers  seconds  jobs/s  ideal jobs/s  of ideal")
    for count in WORKER_COUNTS:
        redis.flushdb()
        workers = [
            subprocess.Popen(
                [sys.executable, "manage.py", "rqworker", "default"],
                cwd=SERVER_DIR,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(count)
        ]
        try:
            deadline = time.monotonic() + 60
            while Worker.count(connection=redis) < count:
                assert time.monotonic() < deadline, "the workers did not start"
                time.sleep(0.1)
            started = time.monotonic()
            job_ids = [
                generate_identity_image(
                    created_by=admin, identity_id=identity.pk, user_id=admin.pk, resolution="1K"
                )
                .jobs[0]
                .pk
                for _ in range(JOBS)
            ]
            pending = GenerationJob.objects.filter(pk__in=job_ids).exclude(
                status__in=["succeeded", "failed"]
            )
            while pending.exists():
                assert time.monotonic() - started < 600, "the jobs did not finish"
                time.sleep(0.02)
            elapsed = time.monotonic() - started
        finally:
            for worker in workers:
                worker.send_signal(signal.SIGTERM)
            for worker in workers:
                worker.wait(timeout=30)
        failed = GenerationJob.objects.filter(pk__in=job_ids, status="failed").count()
        assert failed == 0, f"{failed} job(s) failed"
        rate = JOBS / elapsed
        ideal = count / LATENCY_S
        print(f"{count:7d}  {elapsed:7.2f}  {rate:6.2f}  {ideal:12.2f}  {rate / ideal:7.0%}")
        report(
            f"{JOBS} jobs on {count} RQ worker(s), provider {LATENCY_S:g} s",
            f"{rate:.2f} jobs/s ({rate / ideal:.0%})",
            goal=f"ideal {ideal:.2f} jobs/s",
        )


if __name__ == "__main__":
    main()
