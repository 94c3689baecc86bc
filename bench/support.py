"""Pieces every benchmark shares: paths, a phone-like photo, ports, PostgreSQL admin, percentiles.

Imports nothing of Django, so a benchmark can set its environment before it sets Django up.
"""

import io
import os
import socket
import sys
from pathlib import Path

import numpy as np
import psycopg
from PIL import ExifTags, Image

REPO_DIR = Path(__file__).resolve().parent.parent
SERVER_DIR = REPO_DIR / "server"
if str(SERVER_DIR) not in sys.path:
    sys.path.insert(0, str(SERVER_DIR))
# The PostgreSQL server the benchmarks create and drop their own databases on.
SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/")


def phone_photo(seed: int = 0) -> bytes:
    """4000x3000, sensor-like noise, EXIF orientation 6: about 3-5 MB like a phone's JPEG."""
    with Image.open(SERVER_DIR / "fixtures" / "images" / "astronaut.png") as source:
        smooth = source.convert("RGB").resize((4000, 3000), Image.Resampling.BICUBIC)
    noise = np.random.default_rng(seed).normal(0, 7, (3000, 4000, 3))
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


def admin_sql(statement: str) -> None:
    """Run a statement (CREATE/DROP DATABASE) on the server's maintenance database."""
    with psycopg.connect(SERVER_URL.rstrip("/") + "/postgres", autocommit=True) as connection:
        connection.execute(statement)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]
