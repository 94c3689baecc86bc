"""How long each fault takes to reach its final state, on the production stack.

Runs the fault tests (PostgreSQL, RQ on Redis, S3 on moto) with pytest, reads the time each
one records (`seconds_to_final_state`) from the JUnit report, and prints one row per fault.
Each test asserts the final state itself; a failed test prints FAILED instead of a figure.
"""

import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from support import SERVER_DIR, SERVER_URL

FILES = [
    "apps/image_generation/tests/test_generation_job_lifecycle.py",
    "apps/image_generation/tests/test_requeue_after_redis_restart.py",
    "apps/core/tests/test_s3_storage.py",
    "apps/image_generation/tests/test_run_generation_job.py",
    "apps/core/tests/test_database_outage_live.py",
]
# Test name prefix -> (fault, final state the test asserts).
FAULTS = {
    "test_a_killed_worker_fails": ("worker SIGKILLed mid-job, lease 1 s", "failed / worker_lost"),
    "test_jobs_lost_with": ("Redis restarted with a job queued", "succeeded after requeue"),
    "test_a_job_posted_while_redis_is_down": (
        "job posted while Redis is down (from its return)",
        "succeeded after requeue",
    ),
    "test_a_storage_failure_on_s3": ("S3 PutObject fails", "failed / storage_error"),
    "test_three_503s_then_an_image": (
        "provider 503 x3 then 200, 10 ms backoff",
        "succeeded, 4 tries",
    ),
    "test_lost_database": ("PostgreSQL port closed under gunicorn", "503 with a sentence"),
}


def main() -> None:
    report = Path(tempfile.mkdtemp(prefix="fault-recovery-")) / "report.xml"
    database_url = os.environ.get("PG_TEST_URL") or SERVER_URL.rstrip("/") + "/identity_studio"
    keywords = " or ".join(FAULTS)
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", "-k", keywords, *FILES],
        cwd=SERVER_DIR,
        env={**os.environ, "DATABASE_URL": database_url, "TEST_STACK": "production"},
        check=False,
        stdout=subprocess.DEVNULL,
    )
    print("Faults on PostgreSQL + RQ/Redis + S3 (moto): seconds from the fault to the final state")
    print(f"{'fault':48} {'final state':26} {'seconds':>16}")
    for case in ET.parse(report).getroot().iter("testcase"):  # noqa: S314 - pytest's own report
        name = case.get("name", "")
        fault, final_state = next(v for k, v in FAULTS.items() if name.startswith(k))
        if "[" in name:
            fault += f" [{name.split('[', 1)[1]}"
        properties = {p.get("name"): p.get("value") for p in case.iter("property")}
        figure = properties.get("seconds_to_final_state", "?")
        if "seconds_to_recover" in properties:
            figure += f" (back {properties['seconds_to_recover']})"
        if case.find("failure") is not None or case.find("error") is not None:
            figure = "FAILED"
        print(f"{fault:48} {final_state:26} {figure:>16}")


if __name__ == "__main__":
    main()
