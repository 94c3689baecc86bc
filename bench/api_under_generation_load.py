"""List endpoint latency while 20 generations are in flight, provider taking 5 s each.

OURS: POST /api/v1/image-generation/generate/ answers 202 at once and two
`manage.py run_worker` processes (the database task worker `make run` starts) call the
provider. THE PLAN: generation inside the request, emulated with TASKS_BACKEND=immediate
(the task runs in the web request and holds a web worker for the provider's 5 s). Both
sides run gunicorn with the same 4 sync workers on 127.0.0.1, a fresh PostgreSQL database
and the fake Gemini server with LATENCY_S latency.

While the 20 generate requests are sent at once, one client signed in with a session asks
for the three list endpoints in turn, as fast as it can, for DURATION_S seconds.

Run from the repository root: .venv/bin/python bench/api_under_generation_load.py
It needs PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/, where it
creates and then drops a database identity_studio_bench_load_<pid>).
"""

import os
import secrets
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from support import (
    SERVER_DIR,
    free_port,
    percentile,
    report,
    require_postgres,
    scratch_database,
    sized,
)

if TYPE_CHECKING:
    from testing.fake_gemini import FakeGeminiServer

GENERATIONS = sized(full=20, quick=2)
LATENCY_S = sized(full=5.0, quick=0.5)
DURATION_S = sized(full=15.0, quick=1.0)
WEB_WORKERS = sized(full=4, quick=1)
TASK_WORKERS = sized(full=2, quick=1)
MAX_LIST_REQUESTS = 20_000
TARGET_P99_MS = 100
DATABASE = "identity_studio_bench_load"
PASSWORD = secrets.token_urlsafe(16)
ADMIN_EMAIL = "admin@example.com"


def wait_for(url: str, deadline_s: float = 60) -> None:
    deadline = time.monotonic() + deadline_s
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            assert time.monotonic() < deadline, f"{url} did not answer"
            time.sleep(0.2)


def sign_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=120)
    client.get("/api/v1/auth/csrf/").raise_for_status()
    response = client.post(
        "/api/v1/auth/login/",
        json={"email": ADMIN_EMAIL, "password": PASSWORD},
        headers={"X-CSRFToken": client.cookies["csrftoken"]},
    )
    response.raise_for_status()
    client.get("/api/v1/auth/csrf/").raise_for_status()  # the token rotates on login
    client.headers["X-CSRFToken"] = client.cookies["csrftoken"]
    return client


def migrate_and_seed(server_dir: Path, env: dict[str, str]) -> None:
    """Migrate the database and load the demo data, in one process (one Django start)."""
    commands = "call_command('migrate', verbosity=0); call_command('seed_demo')"
    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "--command",
            f"from django.core.management import call_command; {commands}",
        ],
        check=True,
        cwd=server_dir,
        env=env,
        stdout=subprocess.DEVNULL,
    )


def run_side(
    name: str,
    tasks_backend: str,
    fake_env: dict[str, str],
    *,
    sqlite: bool = False,
    settings_module: str = "settings.common",
) -> dict[str, object]:
    """One side: PostgreSQL (a fresh database) or, with `sqlite`, a fresh SQLite file."""
    with tempfile.TemporaryDirectory(prefix="bench-data-", ignore_cleanup_errors=True) as data:
        if sqlite:
            return serve_and_measure(
                name, tasks_backend, fake_env, settings_module, data, f"sqlite:///{data}/db.sqlite3"
            )
        require_postgres()
        with scratch_database(DATABASE) as database_url:
            return serve_and_measure(
                name, tasks_backend, fake_env, settings_module, data, database_url
            )


def serve_and_measure(
    name: str,
    tasks_backend: str,
    fake_env: dict[str, str],
    settings_module: str,
    data_dir: str,
    database_url: str,
) -> dict[str, object]:
    media_root = os.path.join(data_dir, "media")
    port = free_port()
    env = {
        **os.environ,
        **fake_env,
        "PYTHONPATH": str(Path(__file__).resolve().parent / "baselines"),
        "DJANGO_SETTINGS_MODULE": settings_module,
        "DJANGO_SECRET_KEY": "bench-secret-key-not-for-production-0123456789",
        "DJANGO_DEBUG": "0",
        "PRIVACY_CONTROLLER_NAME": "Benchmark Ltd",
        "PRIVACY_CONTACT_EMAIL": "privacy@bench.example",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": media_root,
        "TASKS_BACKEND": tasks_backend,
        "DEMO_ADMIN_EMAIL": ADMIN_EMAIL,
        "DEMO_ADMIN_PASSWORD": PASSWORD,
        "LOGIN_THROTTLE_RATE": "1000/min",
        "GEMINI_MAX_ATTEMPTS": "1",
        "LOG_LEVEL": "WARNING",
    }
    quiet = {"cwd": SERVER_DIR, "env": env, "stdout": subprocess.DEVNULL}
    manage = [sys.executable, "manage.py"]
    migrate_and_seed(SERVER_DIR, env)
    gunicorn = [str(Path(sys.executable).parent / "gunicorn")]
    processes = [
        subprocess.Popen(
            [
                *gunicorn,
                "wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(WEB_WORKERS),
                "--worker-class",
                "sync",
                "--timeout",
                "120",
                "--log-level",
                "warning",
            ],
            stderr=subprocess.DEVNULL,
            **quiet,
        )
    ]
    if tasks_backend == "database":
        processes += [
            subprocess.Popen([*manage, "run_worker"], stderr=subprocess.DEVNULL, **quiet)
            for _ in range(TASK_WORKERS)
        ]
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/api/v1/auth/csrf/")
        client = sign_in(base)
        me = client.get("/api/v1/users/me/").json()
        with open(SERVER_DIR / "fixtures" / "images" / "astronaut.png", "rb") as photo:
            response = client.post(
                "/api/v1/reference-images/",
                files={"image": ("astronaut.png", photo, "image/png")},
            )
        assert response.status_code == 201, response.text
        identities = client.get("/api/v1/users/me/identities/").json()
        identity_id = identities[0]["id"]
        lists = [
            f"/api/v1/reference-images/?user_id={me['id']}",
            f"/api/v1/image-generation/jobs/?identity_id={identity_id}",
            "/api/v1/users/me/identities/",
        ]
        for path in lists:  # warm every web worker's imports and connections
            for _ in range(WEB_WORKERS * 2):
                client.get(path).raise_for_status()

        generate_status: list[int] = []
        generate_ms: list[float] = []

        def generate() -> None:
            with httpx.Client(
                base_url=base, timeout=180, cookies=client.cookies, headers=client.headers
            ) as own:
                started = time.perf_counter()
                answer = own.post(
                    "/api/v1/image-generation/generate/",
                    json={"identity_id": identity_id, "user_id": me["id"], "resolution": "1K"},
                )
                generate_ms.append((time.perf_counter() - started) * 1000)
                generate_status.append(answer.status_code)

        senders = [threading.Thread(target=generate) for _ in range(GENERATIONS)]
        latencies: list[float] = []
        errors = 0
        started = time.monotonic()
        for sender in senders:
            sender.start()
        time.sleep(0.2)  # let the generate requests reach the server first
        while time.monotonic() - started < DURATION_S and len(latencies) < MAX_LIST_REQUESTS:
            path = lists[len(latencies) % len(lists)]
            begun = time.perf_counter()
            try:
                answer = client.get(path, timeout=DURATION_S * 2)
                ok = answer.status_code == 200
            except httpx.TimeoutException:
                ok = False
            latencies.append((time.perf_counter() - begun) * 1000)
            errors += not ok
        for sender in senders:
            sender.join(timeout=GENERATIONS * LATENCY_S + 60)
        return {
            "name": name,
            "requests": len(latencies),
            "errors": errors,
            "p50": percentile(latencies, 0.50),
            "p99": percentile(latencies, 0.99),
            "max": max(latencies),
            "generate_p50": statistics.median(generate_ms),
            "generate_ok": sum(status in (200, 201, 202) for status in generate_status),
        }
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def gemini_env(fake: "FakeGeminiServer") -> dict[str, str]:
    """The environment that points a side at the fake Gemini server."""
    return {
        "IMAGE_PROVIDER": "gemini",
        "GEMINI_API_KEY": fake.api_key,
        "GEMINI_BASE_URL": fake.base_url,
    }


def main() -> None:
    from testing.fake_gemini import FakeGeminiServer

    with FakeGeminiServer(latency_s=LATENCY_S) as fake:
        ours = run_side("OURS", "database", gemini_env(fake))
        plan = run_side("THE PLAN", "immediate", gemini_env(fake))

    print(
        f"List requests during {DURATION_S:.0f} s with {GENERATIONS} generations in flight "
        f"(provider {LATENCY_S:g} s), gunicorn {WEB_WORKERS} sync workers:"
    )
    header = ("measure", "OURS", "THE PLAN", "target", "met")
    widths = [30, 12, 12, 20, 5]
    rows = [
        ("list p50", f"{ours['p50']:.1f} ms", f"{plan['p50']:.1f} ms", "-", None),
        (
            "list p99",
            f"{ours['p99']:.1f} ms",
            f"{plan['p99']:.1f} ms",
            f"ours <= {TARGET_P99_MS} ms",
            ours["p99"] <= TARGET_P99_MS,
        ),
        ("list max", f"{ours['max']:.0f} ms", f"{plan['max']:.0f} ms", "-", None),
        ("list requests answered", str(ours["requests"]), str(plan["requests"]), "-", None),
        ("list requests not 200", str(ours["errors"]), str(plan["errors"]), "-", None),
        (
            "generate response p50",
            f"{ours['generate_p50']:.0f} ms",
            f"{plan['generate_p50']:.0f} ms",
            "-",
            None,
        ),
        (
            "generate answered 2xx",
            f"{ours['generate_ok']}/{GENERATIONS}",
            f"{plan['generate_ok']}/{GENERATIONS}",
            "-",
            None,
        ),
    ]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for *cells, met in rows:
        flag = "-" if met is None else ("yes" if met else "NO")
        print("  ".join(c.ljust(w) for c, w in zip([*cells, flag], widths, strict=True)))
        figure, ours_cell, plan_cell, goal = cells
        report(figure, ours_cell, baseline=f"{plan_cell} (plan)", goal=goal, met=met)
    print(
        "A list request waits for a free web worker: in THE PLAN every worker is held by a\n"
        "generate request for the provider's time, so few list requests finish in the window."
    )


if __name__ == "__main__":
    main()
