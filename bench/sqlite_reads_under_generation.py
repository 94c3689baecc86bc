"""SQLite: list latency while 20 generations are in flight, reads in a transaction or not.

BEFORE: every request ran in a transaction (ATOMIC_REQUESTS), and SQLite's transactions are
IMMEDIATE here, so every read, a list included, queued for the write lock behind the
workers' and the generate requests' writes; the file was in rollback-journal mode. AFTER
(ours): only the write functions open a transaction, and in WAL mode readers never wait
for a writer. Both sides: the embedded stack `make run` uses (SQLite,
two `manage.py run_worker` processes), gunicorn with 4 sync workers, the fake Gemini server
with a 5 s latency, the same load as bench/api_under_generation_load.py.

Run from the repository root: .venv/bin/python bench/sqlite_reads_under_generation.py
"""

from api_under_generation_load import (
    DURATION_S,
    GENERATIONS,
    LATENCY_S,
    TASK_WORKERS,
    WEB_WORKERS,
    gemini_env,
    run_side,
)
from support import report


def main() -> None:
    from testing.fake_gemini import FakeGeminiServer

    with FakeGeminiServer(latency_s=LATENCY_S) as fake:
        before = run_side(
            "BEFORE",
            "database",
            gemini_env(fake),
            sqlite=True,
            settings_module="settings_atomic_requests",
        )
        after = run_side("AFTER", "database", gemini_env(fake), sqlite=True)

    print(
        f"SQLite: list requests during {DURATION_S:.0f} s with {GENERATIONS} generations in "
        f"flight (provider {LATENCY_S:g} s), gunicorn {WEB_WORKERS} sync workers, "
        f"{TASK_WORKERS} run_worker(s):"
    )
    widths = [26, 26, 26]
    print(
        "  ".join(
            h.ljust(w)
            for h, w in zip(
                ("measure", "BEFORE (ATOMIC_REQUESTS)", "AFTER (atomic writes, WAL)"),
                widths,
                strict=True,
            )
        )
    )
    for label, key, unit in [
        ("list p50", "p50", "ms"),
        ("list p99", "p99", "ms"),
        ("list max", "max", "ms"),
        ("list requests answered", "requests", ""),
        ("list requests not 200", "errors", ""),
        ("generate response p50", "generate_p50", "ms"),
        ("generate answered 2xx", "generate_ok", ""),
    ]:
        cells = [
            f"{side[key]:.1f} {unit}".strip() if unit else str(side[key])
            for side in (before, after)
        ]
        print("  ".join(c.ljust(w) for c, w in zip([label, *cells], widths, strict=True)))
        report(label, cells[1], baseline=f"{cells[0]} (ATOMIC_REQUESTS)")


if __name__ == "__main__":
    main()
