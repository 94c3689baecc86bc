"""Print the summary of a bin/bench run: each benchmark's figures (ours, the baseline's, the
goal and whether ours met it), and which benchmarks were skipped or could not run.

Usage: summary.py REPORT, where REPORT holds the JSON lines the benchmarks appended (through
support.report and support.skip) and bin/bench's {"benchmark": ..., "exit": status} for each.
Exits 1 when a benchmark could not run (or, under CI=true, was skipped).
"""

import json
import os
import sys
from pathlib import Path

from support import SKIPPED

HEADER = ["figure", "ours", "baseline", "goal", "met"]


def cells(row: dict) -> list[str]:
    met = "-" if row["met"] is None else ("yes" if row["met"] else "NO")
    return ["  " + row["figure"], row["ours"], row["baseline"], row["goal"], met]


def status(rows: list[dict]) -> str | None:
    """What stopped the benchmark, or None when it ran."""
    exit_status = next((row["exit"] for row in rows if "exit" in row), 0)
    if exit_status == SKIPPED:
        reason = next((row["skipped"] for row in rows if "skipped" in row), "see its output")
        return f"skipped: {reason}"
    if exit_status != 0:
        return f"COULD NOT RUN: exit {exit_status}, see its output above"
    return None


def main() -> int:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line]
    benchmarks = {row["benchmark"]: [] for row in rows}
    for row in rows:
        benchmarks[row["benchmark"]].append(row)
    table = [cells(row) for row in rows if "figure" in row]
    widths = [max(len(line[i]) for line in [HEADER, *table]) for i in range(len(HEADER))]

    def line(values: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    print("\n== summary: figures, not tests (on a shared machine they are noisy)")
    print(line(HEADER))
    stopped = {}
    for name, own in benchmarks.items():
        stopped[name] = status(own)
        print(name + (f"  ({stopped[name]})" if stopped[name] else ""))
        for row in own:
            if "figure" in row:
                print(line(cells(row)))
    could_not_run = [name for name, why in stopped.items() if why and "skipped" not in why]
    skipped = [name for name, why in stopped.items() if why and "skipped" in why]
    if could_not_run:
        print(f"could not run: {', '.join(could_not_run)}")
    if skipped:
        print(f"skipped: {', '.join(skipped)}")
    return 1 if could_not_run or (skipped and os.environ.get("CI") == "true") else 0


if __name__ == "__main__":
    sys.exit(main())
