"""Every benchmark still runs: each is run at its smallest size (--quick) in a process of its
own, and fails here when it cannot run. One whose service is missing (PostgreSQL, Redis,
redis-server, chromium) is skipped with the reason, except under CI=true. Speed is not tested.

Run from the repository root (outside the backend suite, without pytest-django):
.venv/bin/python -m pytest -q -p no:django -W ignore::pytest.PytestConfigWarning bench
"""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from support import (
    BENCH_DIR,
    REPO_DIR,
    REPORT_VARIABLE,
    SKIPPED,
    benchmark_scripts,
)

# A quick run takes seconds to a minute on a busy two-core machine; this is for a hang.
TIMEOUT_S = 600


def run(arguments: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Exit status and output; on a hang the whole process group (servers, workers) is killed."""
    process = subprocess.Popen(
        [sys.executable, *arguments],
        cwd=REPO_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        output, _ = process.communicate()
        pytest.fail(f"still running after {TIMEOUT_S} s:\n{output[-4000:]}")
    return process.returncode, output


def without_ci() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "CI"}


@pytest.mark.parametrize("script", benchmark_scripts(), ids=lambda script: script.stem)
def test_benchmark_runs_at_its_smallest_size(script: Path, tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    status, output = run([str(script), "--quick"], {**os.environ, REPORT_VARIABLE: str(report)})
    rows = [json.loads(line) for line in report.read_text().splitlines()] if report.exists() else []
    if status == SKIPPED:
        reason = next((row["skipped"] for row in rows if "skipped" in row), output[-2000:])
        if os.environ.get("CI") == "true":
            pytest.fail(f"skipped under CI: {reason}")
        pytest.skip(reason)
    assert status == 0, output[-6000:]
    assert any("figure" in row for row in rows), f"{script.name} reported no figure"


def test_the_summary_lists_every_figure_and_fails_when_a_benchmark_could_not_run(
    tmp_path: Path,
) -> None:
    report = tmp_path / "report.jsonl"
    rows = [
        {"benchmark": "fast", "figure": "p99", "ours": "80 ms", "baseline": "900 ms (plan)"}
        | {"goal": "<= 100 ms", "met": True},
        {"benchmark": "fast", "exit": 0},
        {"benchmark": "broken", "exit": 1},
        {"benchmark": "elsewhere", "skipped": "no PostgreSQL at postgres://x/"},
        {"benchmark": "elsewhere", "exit": SKIPPED},
    ]
    report.write_text("".join(json.dumps(row) + "\n" for row in rows))

    status, output = run([str(BENCH_DIR / "summary.py"), str(report)], without_ci())

    assert status == 1, output
    assert "p99" in output
    assert "80 ms" in output
    assert "900 ms (plan)" in output
    assert "could not run: broken" in output
    assert "skipped: elsewhere" in output
    assert "no PostgreSQL at postgres://x/" in output


def test_the_summary_passes_when_every_benchmark_ran_or_was_skipped(tmp_path: Path) -> None:
    report = tmp_path / "report.jsonl"
    rows = [
        {"benchmark": "fast", "exit": 0},
        {"benchmark": "elsewhere", "skipped": "chromium is not installed"},
        {"benchmark": "elsewhere", "exit": SKIPPED},
    ]
    report.write_text("".join(json.dumps(row) + "\n" for row in rows))

    status, output = run([str(BENCH_DIR / "summary.py"), str(report)], without_ci())

    assert status == 0, output
    assert "skipped: elsewhere" in output
