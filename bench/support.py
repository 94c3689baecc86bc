"""Pieces every benchmark shares: its size (full, or the smallest with --quick), skipping when a
service is missing, its figures for bin/bench's summary, paths, a phone-like photo, ports,
throw-away PostgreSQL databases, percentiles.

Imports nothing of Django, so a benchmark can set its environment before it sets Django up.
"""

import argparse
import functools
import io
import json
import os
import shutil
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeVar
from urllib.parse import urlsplit

import numpy as np
import psycopg
from PIL import ExifTags, Image

if TYPE_CHECKING:
    from apps.users.models import User

REPO_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = REPO_DIR / "bench"
SERVER_DIR = REPO_DIR / "server"
if str(SERVER_DIR) not in sys.path:
    sys.path.insert(0, str(SERVER_DIR))
# The PostgreSQL server the benchmarks create and drop their own databases on.
SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")
# bin/bench names the file each benchmark appends its figures to (JSON lines); unset, a
# benchmark only prints them.
REPORT_VARIABLE = "BENCH_REPORT"
# A benchmark whose service is missing exits with this status (as automake's skipped tests).
SKIPPED = 77
# bench/*.py that are not benchmarks.
NOT_BENCHMARKS = {"support.py", "summary.py"}

T = TypeVar("T")


def benchmark_scripts() -> list[Path]:
    """Every benchmark bin/bench runs and the tests run with --quick."""
    return sorted(
        path
        for path in BENCH_DIR.glob("*.py")
        if path.name not in NOT_BENCHMARKS and not path.name.startswith("test_")
    )


@functools.cache
def options() -> argparse.Namespace:
    """The command line every benchmark takes, read once, when a size is first asked for."""
    parser = argparse.ArgumentParser(
        description=sys.modules["__main__"].__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="run at the smallest size that still goes through every step (seconds); "
        "the figures mean nothing then",
    )
    return parser.parse_args()


def sized(*, full: T, quick: T) -> T:
    """`full` for the figures, `quick` with --quick: the smallest size that runs every step."""
    return quick if options().quick else full


def _benchmark_name() -> str:
    return Path(sys.argv[0]).stem


def _append_report(row: dict[str, object]) -> None:
    path = os.environ.get(REPORT_VARIABLE)
    if path:
        with open(path, "a", encoding="utf-8") as report_file:
            report_file.write(json.dumps({"benchmark": _benchmark_name(), **row}) + "\n")


def report(
    figure: str, ours: str, *, baseline: str = "-", goal: str = "-", met: bool | None = None
) -> None:
    """One row of bin/bench's summary; `met` is None where there is no goal."""
    _append_report({"figure": figure, "ours": ours, "baseline": baseline, "goal": goal, "met": met})


def skip(reason: str) -> NoReturn:
    """End the benchmark as skipped: a service it needs is missing here."""
    print(f"skipped: {reason}", file=sys.stderr)
    _append_report({"skipped": reason})
    sys.exit(SKIPPED)


def require_postgres(url: str = SERVER_URL) -> None:
    """Skip unless the PostgreSQL server of `url` answers."""
    try:
        psycopg.connect(_maintenance_url(url), connect_timeout=3).close()
    except psycopg.Error as error:
        skip(f"no PostgreSQL at {url}: {error}".strip())


def require_program(name: str, path: str | None = None) -> str:
    """The program's path; skip when it is not installed."""
    found = shutil.which(name) or (path if path and os.access(path, os.X_OK) else None)
    if not found:
        skip(f"{name} is not installed")
    return found


def record_consent(user: "User") -> None:
    """Record, through the product, that `user` consented to everything the notice asks: a
    benchmark's people may have photos stored, sent to the provider and matched. The
    notice they agree to names Gemini, which the benchmarks that send photos use (its fake
    server). Call it after Django is set up."""
    from django.test import override_settings

    from apps.privacy.functions.admin import record_person_consent
    from apps.privacy.utils import PRIVACY_NOTICE_VERSION

    with override_settings(IMAGE_PROVIDER="gemini"):
        record_person_consent(
            recorded_by=user,
            user_id=user.pk,
            notice_version=PRIVACY_NOTICE_VERSION,
            send_to_provider=True,
            face_matching=True,
        )


def phone_photo(seed: int = 0, size: tuple[int, int] = (4000, 3000)) -> bytes:
    """Sensor-like noise, EXIF orientation 6: at 4000x3000 about 3-5 MB like a phone's JPEG."""
    width, height = size
    with Image.open(SERVER_DIR / "fixtures" / "images" / "astronaut.png") as source:
        smooth = source.convert("RGB").resize(size, Image.Resampling.BICUBIC)
    noise = np.random.default_rng(seed).normal(0, 7, (height, width, 3))
    photo = Image.fromarray(np.clip(np.asarray(smooth) + noise, 0, 255).astype(np.uint8))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=92, exif=exif.tobytes())
    return buffer.getvalue()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _maintenance_url(url: str) -> str:
    """The server's own database `postgres`, whatever database `url` names."""
    return urlsplit(url)._replace(path="/postgres").geturl()


def admin_sql(statement: str) -> None:
    """Run a statement (CREATE/DROP DATABASE) on the server's maintenance database."""
    with psycopg.connect(_maintenance_url(SERVER_URL), autocommit=True) as connection:
        connection.execute(statement)


@contextmanager
def scratch_database(name: str) -> Iterator[str]:
    """The URL of a new, empty database on the server, dropped at the end. The process id
    in its name keeps benchmarks run side by side on one server apart."""
    database = f"{name}_{os.getpid()}"
    admin_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    admin_sql(f"CREATE DATABASE {database}")
    try:
        yield SERVER_URL.rstrip("/") + "/" + database
    finally:
        admin_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]
