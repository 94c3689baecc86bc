"""SQLite: an unrelated GET (and an unrelated write) while fourteen photos are uploaded at once.

BEFORE: the code of BENCH_BEFORE_REF (the commit before uploads moved out of transactions),
exported with `git archive` into a temporary folder: a reference photo was decoded, derived
and stored inside a transaction, and SQLite's transactions are IMMEDIATE here, so each upload
held the one write lock for its whole decode. AFTER (this tree): decode, derive and store
outside any transaction, then a short one writes the row.

Both sides: a fresh SQLite file in WAL mode, gunicorn with WEB_WORKERS processes of THREADS
threads (more than the requests in flight, so nothing waits for a free worker), the demo
data, and five reference photos of the demo admin. Then, for each kind of file,
UPLOADS replacements of those photos are sent at once while one client asks for
GET /api/v1/users/me/ and another renames an identity (PATCH), each as fast as it can,
until the last upload has answered (and for at least MIN_WINDOW_S):

- a 300 KB PNG of 79 megapixels: refused from its header on both sides;
- a 140 KB PNG of 39 megapixels: accepted, about a second of decoding and deriving each
  (with --quick, a small one).

It skips when this clone does not hold BENCH_BEFORE_REF (a shallow clone).

Run from the repository root: .venv/bin/python bench/sqlite_requests_under_uploads.py
"""

import io
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
from api_under_generation_load import (
    ADMIN_EMAIL,
    PASSWORD,
    migrate_and_seed,
    sign_in,
    wait_for,
)
from PIL import Image, ImageDraw
from support import REPO_DIR, SERVER_DIR, free_port, percentile, report, sized, skip

BEFORE_REF = os.environ.get("BENCH_BEFORE_REF", "7ccdde9630572a68d21bd3927344b3bce0e8f294")
UPLOADS = sized(full=14, quick=2)
WEB_WORKERS = sized(full=2, quick=1)
THREADS = sized(full=10, quick=4)
MIN_WINDOW_S = sized(full=3.0, quick=0.5)  # the GET and PATCH loops run at least this long
REFUSED_SIZE = (10240, 7740)  # over the 40 megapixels accepted, whatever the run's size
ACCEPTED_SIZE = sized(full=(7200, 5400), quick=(1600, 1200))


def flat_png(size: tuple[int, int]) -> bytes:
    """A PNG of few colours: many pixels in few bytes."""
    image = Image.new("RGB", size, (120, 130, 140))
    width, height = size
    ImageDraw.Draw(image).ellipse(
        (width // 4, height // 6, width * 3 // 4, height * 5 // 6), fill=(200, 170, 150)
    )
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def export_before(target: Path) -> Path:
    """The server folder of BEFORE_REF, as committed."""
    known = subprocess.run(
        ["git", "-C", str(REPO_DIR), "cat-file", "-e", f"{BEFORE_REF}^{{commit}}"], check=False
    )
    if known.returncode != 0:
        skip(f"this clone does not hold {BEFORE_REF}, the BEFORE side's code")
    archive = subprocess.run(
        ["git", "-C", str(REPO_DIR), "archive", BEFORE_REF, "server"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target / "server"


def measure(base: str, client: httpx.Client, reference_ids: list[str], photo: bytes) -> dict:
    identity_id = client.get("/api/v1/users/me/identities/").json()[0]["id"]
    statuses: list[int] = []
    upload_ms: list[float] = []

    def send(index: int) -> None:
        with httpx.Client(
            base_url=base, timeout=120, cookies=client.cookies, headers=client.headers
        ) as own:
            reference_id = reference_ids[index % len(reference_ids)]
            started = time.perf_counter()
            answer = own.post(
                f"/api/v1/reference-images/{reference_id}/upload-image/",
                files={"image": ("photo.png", photo, "image/png")},
            )
            upload_ms.append((time.perf_counter() - started) * 1000)
            statuses.append(answer.status_code)

    senders = [threading.Thread(target=send, args=(index,)) for index in range(UPLOADS)]
    reads: list[float] = []
    writes: list[float] = []
    failed: list[int] = []
    started = time.monotonic()

    def uploading() -> bool:
        return time.monotonic() - started < MIN_WINDOW_S or any(s.is_alive() for s in senders)

    def loop(method: str, path: str, latencies: list[float], **request: object) -> None:
        with httpx.Client(
            base_url=base, timeout=120, cookies=client.cookies, headers=client.headers
        ) as own:
            while uploading():
                begun = time.perf_counter()
                answer = own.request(method, path, **request)  # type: ignore[arg-type]
                latencies.append((time.perf_counter() - begun) * 1000)
                if answer.status_code != 200:
                    failed.append(answer.status_code)

    loops = [
        threading.Thread(target=loop, args=("GET", "/api/v1/users/me/", reads)),
        threading.Thread(
            target=loop,
            args=("PATCH", f"/api/v1/identities/{identity_id}/", writes),
            kwargs={"json": {"category": "Career"}},
        ),
    ]
    for sender in senders:
        sender.start()
    time.sleep(0.05)  # let the uploads reach the server first
    for thread in loops:
        thread.start()
    for thread in [*senders, *loops]:
        thread.join()
    return {
        "wall": time.monotonic() - started,
        "read_p50": percentile(reads, 0.5),
        "read_p99": percentile(reads, 0.99),
        "read_max": max(reads),
        "write_p50": percentile(writes, 0.5),
        "write_p99": percentile(writes, 0.99),
        "write_max": max(writes),
        "reads": len(reads),
        "writes": len(writes),
        "failed": len(failed),
        "upload_max": max(upload_ms),
        "statuses": " ".join(
            f"{status}x{statuses.count(status)}" for status in sorted(set(statuses))
        ),
    }


def run_side(server_dir: Path, photos: dict[str, bytes]) -> dict[str, dict]:
    data_dir = tempfile.mkdtemp(prefix="bench-data-")
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.common",
        "DJANGO_SECRET_KEY": "bench-secret-key-not-for-production-0123456789",
        "DJANGO_DEBUG": "0",
        "PRIVACY_CONTROLLER_NAME": "Benchmark Ltd",
        "PRIVACY_CONTACT_EMAIL": "privacy@bench.example",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DATABASE_URL": f"sqlite:///{data_dir}/db.sqlite3",
        "MEDIA_ROOT": os.path.join(data_dir, "media"),
        "TASKS_BACKEND": "immediate",
        "IMAGE_PROVIDER": "local",
        "DEMO_ADMIN_EMAIL": ADMIN_EMAIL,
        "DEMO_ADMIN_PASSWORD": PASSWORD,
        "LOGIN_THROTTLE_RATE": "1000/min",
        "LOG_LEVEL": "WARNING",
    }
    quiet = {"cwd": server_dir, "env": env, "stdout": subprocess.DEVNULL}
    migrate_and_seed(server_dir, env)
    gunicorn = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WEB_WORKERS),
            "--threads",
            str(THREADS),
            "--worker-class",
            "gthread",
            "--timeout",
            "120",
            "--log-level",
            "warning",
        ],
        stderr=subprocess.DEVNULL,
        **quiet,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(base + "/api/v1/auth/csrf/")
        client = sign_in(base)
        existing = client.get("/api/v1/reference-images/").json()
        small = flat_png((800, 600))
        for _ in range(5 - len(existing)):
            client.post(
                "/api/v1/reference-images/", files={"image": ("a.png", small, "image/png")}
            ).raise_for_status()
        reference_ids = [row["id"] for row in client.get("/api/v1/reference-images/").json()]
        for _ in range(WEB_WORKERS * THREADS):  # warm every worker's imports and connections
            client.get("/api/v1/users/me/").raise_for_status()
        return {
            label: measure(base, client, reference_ids, photo) for label, photo in photos.items()
        }
    finally:
        gunicorn.send_signal(signal.SIGTERM)
        try:
            gunicorn.wait(timeout=30)
        except subprocess.TimeoutExpired:
            gunicorn.kill()
            gunicorn.wait()
        shutil.rmtree(data_dir, ignore_errors=True)


# The figures of the summary (the table above has every one).
SUMMARISED = {"read_p50", "read_p99", "write_p50", "write_p99", "failed", "statuses", "wall"}


def main() -> None:
    photos = {
        f"{width * height / 1e6:.0f} MP PNG": flat_png((width, height))
        for width, height in (REFUSED_SIZE, ACCEPTED_SIZE)
    }
    sizes = ", ".join(f"{label} {len(data) / 1000:.0f} KB" for label, data in photos.items())
    before_dir = Path(tempfile.mkdtemp(prefix="bench-before-"))
    try:
        before = run_side(export_before(before_dir), photos)
    finally:
        shutil.rmtree(before_dir, ignore_errors=True)
    after = run_side(SERVER_DIR, photos)

    print(
        f"SQLite: GET /users/me/ and PATCH /identities/<id>/, a loop each, while {UPLOADS} "
        f"reference photos are replaced at once ({sizes}); gunicorn {WEB_WORKERS}x{THREADS}:"
    )
    widths = [30, 24, 24]
    print(
        "  ".join(h.ljust(w) for h, w in zip(("measure", "BEFORE", "AFTER"), widths, strict=True))
    )
    for label in photos:
        print(f"-- {label}")
        for name, key, unit in [
            ("GET /users/me/ p50", "read_p50", "ms"),
            ("GET /users/me/ p99", "read_p99", "ms"),
            ("GET /users/me/ max", "read_max", "ms"),
            ("PATCH identity p50", "write_p50", "ms"),
            ("PATCH identity p99", "write_p99", "ms"),
            ("PATCH identity max", "write_max", "ms"),
            ("GETs answered", "reads", ""),
            ("PATCHes answered", "writes", ""),
            ("of those not 200", "failed", ""),
            ("upload answers", "statuses", ""),
            ("slowest upload", "upload_max", "ms"),
            ("all uploads answered in", "wall", "s"),
        ]:
            cells = [
                (f"{side[label][key]:.1f} {unit}" if unit else str(side[label][key]))
                for side in (before, after)
            ]
            print("  ".join(c.ljust(w) for c, w in zip([name, *cells], widths, strict=True)))
            if key in SUMMARISED:
                report(f"{label}: {name}", cells[1], baseline=f"{cells[0]} (before)")

    print(
        "In WAL mode a read never waits for the write lock: what BEFORE made wait were the\n"
        "writes (and uploads past SQLITE_TIMEOUT_S, answered 503). AFTER, the decodes run side\n"
        "by side instead of one at a time, so a read shares the CPU with them."
    )


if __name__ == "__main__":
    main()
