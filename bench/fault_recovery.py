"""How long each fault takes to reach its final state, on the production stack.

Runs the fault tests (PostgreSQL, RQ on Redis, S3 on moto) with pytest, reads the time each
one records (`seconds_to_final_state`) from the JUnit report, and prints one row per fault.
Each test asserts the final state itself. A test that fails after recording its time (a
bound it asserts, missed on a busy machine) shows the time and that it failed; one that fails
before shows FAILED, and the benchmark then exits non-zero: that fault was not measured.
Every fault's test is looked for first, so a renamed or moved one is noticed even with
--quick, which runs one fault.

It needs PostgreSQL at PG_TEST_URL (as bin/test; default: BENCH_DATABASE_URL's server, database
identity_studio, whose test_ twin pytest creates) and Redis at TEST_REDIS_URL (default
redis://127.0.0.1:6379/15, which the tests empty); it skips when a test skips for want of one.
"""

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from support import SERVER_DIR, SERVER_URL, report, require_postgres, sized, skip

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
RUN = sized(full=list(FAULTS), quick=["test_three_503s_then_an_image"])
# pytest's exit statuses that still wrote a report of every test: all passed, some failed.
REPORTED = {0, 1}


def pytest(*arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *arguments],
        cwd=SERVER_DIR,
        env=env,
        check=False,
        capture_output=True,
        text=True,
    )


def fault_of(name: str) -> str:
    return next(prefix for prefix in FAULTS if name.startswith(prefix))


def check_every_fault_has_a_test() -> None:
    """Exit non-zero when a fault's test no longer exists under its name (read from the files:
    collecting them would start Django once more)."""
    names = [
        match.group(1)
        for path in FILES
        for match in re.finditer(r"^def (test_\w+)", (SERVER_DIR / path).read_text(), re.M)
    ]
    missing = [prefix for prefix in FAULTS if not any(n.startswith(prefix) for n in names)]
    if missing:
        sys.exit(f"No test in {', '.join(FILES)} starts with {' or '.join(missing)}")


def main() -> None:
    database_url = os.environ.get("PG_TEST_URL") or SERVER_URL.rstrip("/") + "/identity_studio"
    require_postgres(database_url)
    env = {**os.environ, "DATABASE_URL": database_url, "TEST_STACK": "production"}
    check_every_fault_has_a_test()
    report_file = Path(tempfile.mkdtemp(prefix="fault-recovery-")) / "report.xml"
    ran = pytest(
        f"--junitxml={report_file}",
        "-o",
        "junit_family=xunit1",  # the family whose report holds record_property's figures
        "-k",
        " or ".join(RUN),
        *FILES,
        env=env,
    )
    if ran.returncode not in REPORTED:
        print(ran.stdout[-3000:], ran.stderr[-3000:], file=sys.stderr)
        sys.exit(f"pytest could not run the fault tests (exit {ran.returncode})")
    cases = list(ET.parse(report_file).getroot().iter("testcase"))  # noqa: S314 - pytest's own
    for case in cases:
        skipped = case.find("skipped")
        if skipped is not None:
            skip(f"{case.get('name')}: {skipped.get('message', 'skipped')}")
    print("Faults on PostgreSQL + RQ/Redis + S3 (moto): seconds from the fault to the final state")
    print(f"{'fault':48} {'final state':26} {'time':>16}")
    unmeasured = []
    for case in cases:
        name = case.get("name", "")
        fault, final_state = FAULTS[fault_of(name)]
        if "[" in name:
            fault += f" [{name.split('[', 1)[1]}"
        properties = {p.get("name"): p.get("value") for p in case.iter("property")}
        failed = case.find("failure") is not None or case.find("error") is not None
        seconds = properties.get("seconds_to_final_state")
        if seconds is None:
            unmeasured.append(name)
            figure = "FAILED" if failed else "?"
        else:
            figure = f"{seconds} s"
            if "seconds_to_recover" in properties:
                figure += f" (back in {properties['seconds_to_recover']} s)"
            if failed:
                figure += ", test FAILED"
        print(f"{fault:48} {final_state:26} {figure:>16}")
        report(f"{fault} -> {final_state}", figure)
    if any(case.find("failure") is not None for case in cases):
        print(ran.stdout[-3000:], file=sys.stderr)
    if unmeasured:
        sys.exit(f"Not measured: {', '.join(unmeasured)} recorded no time to its final state.")


if __name__ == "__main__":
    main()
