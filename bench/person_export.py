"""A person's data export ("Download their data"): time and peak memory, local storage and S3.

The person has 5 reference photos (12 MP phone JPEGs) and POSTERS posters at 4K (5504x3072
PNG, about 5 MB each: noise tiles, so they are cheap to make and do not shrink in the ZIP).
For each storage (a temporary folder, then S3 on moto's threaded server on 127.0.0.1 through
django-storages, as production configures it) it downloads the export through the API
(`GET /api/v1/users/{id}/export/`) into a file, twice: once timed, once under tracemalloc for
the peak of the memory Python allocated while the ZIP was made and read. The archive is then
opened and checked against its manifest. A streamed export's peak stays near one chunk per
file whatever the person holds; an archive built in memory would need its whole size.

Run from the repository root: .venv/bin/python bench/person_export.py [--quick]
It uses the test settings, a throw-away database and a temporary media folder. With --quick
the person has 2 small posters.
"""

import io
import json
import os
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any
from uuid import uuid4

import numpy as np
from support import phone_photo, report, sized

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from PIL import Image  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

PHOTOS = 5
POSTERS = sized(full=40, quick=2)
POSTER_SIZE = sized(full=(5504, 3072), quick=(1024, 576))
TILE = 512


def poster_png(width: int, height: int) -> bytes:
    """Noise in 512 px tiles, each band of tiles shifted: about 5 MB at 5504x3072."""
    rng = np.random.default_rng(0)
    tile = rng.integers(0, 256, (TILE, TILE, 3), dtype=np.uint8)
    bands = [
        np.tile(np.roll(tile, int(rng.integers(0, TILE)), axis=1), (1, width // TILE + 1, 1))[
            :, :width
        ]
        for _ in range(0, height, TILE)
    ]
    buffer = io.BytesIO()
    Image.fromarray(np.concatenate(bands)[:height]).save(buffer, format="PNG", compress_level=1)
    return buffer.getvalue()


def make_person(photo: bytes, poster: bytes) -> Any:
    """The person's rows, their files stored byte for byte (the upload pipeline is not what
    is measured)."""
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.utils import timezone

    from apps.identities.models import Identity
    from apps.image_generation.models import GenerationJob
    from apps.privacy.models import PersonConsent
    from apps.privacy.utils import PRIVACY_NOTICE_VERSION
    from apps.reference_images.models import ReferenceImage
    from apps.users.models import User

    person = User.objects.create_user(email=f"maya-{uuid4().hex[:6]}@example.com")
    PersonConsent.objects.create(
        user=person,
        recorded_by=person,
        recorded_at=timezone.now(),
        notice_version=PRIVACY_NOTICE_VERSION,
        send_to_provider=True,
        face_matching=True,
    )
    for order in range(PHOTOS):
        ReferenceImage.objects.create(
            user=person,
            order=order,
            image=default_storage.save(f"reference_images/{uuid4().hex}.jpg", ContentFile(photo)),
            image_width=4000,
            image_height=3000,
        )
    identity = Identity.objects.create(user=person, name="Creative Visionary")
    for _ in range(POSTERS):
        GenerationJob.objects.create(
            identity=identity,
            user=person,
            created_by=person,
            status=GenerationJob.Status.SUCCEEDED,
            provider="local",
            model="local-poster-v1",
            aspect_ratio="16:9",
            resolution="4K",
            prompt="A poster.",
            image=default_storage.save(f"generated_images/{uuid4().hex}.png", ContentFile(poster)),
            image_width=POSTER_SIZE[0],
            image_height=POSTER_SIZE[1],
            mime_type="image/png",
            finished_at=timezone.now(),
        )
    return person


def download(client: APIClient, person: Any, into: Path) -> tuple[float, int]:
    """Seconds from the request to the archive's last byte, and its size."""
    started = time.perf_counter()
    response = client.get(f"/api/v1/users/{person.pk}/export/")
    assert response.status_code == 200, response.content
    size = 0
    with into.open("wb") as archive:
        for chunk in response.streaming_content:
            archive.write(chunk)
            size += len(chunk)
    return time.perf_counter() - started, size


def measure(client: APIClient, person: Any) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        into = Path(folder) / "export.zip"
        download(client, person, into)  # warm up (imports, first connections)
        seconds, size = download(client, person, into)
        tracemalloc.start()
        download(client, person, into)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        with zipfile.ZipFile(into) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            listed = sorted(entry["path"] for entry in manifest["files"])
            assert sorted(archive.namelist()) == sorted([*listed, "manifest.json"])
            kinds = [entry["kind"] for entry in manifest["files"]]
            assert (kinds.count("reference_photo"), kinds.count("poster")) == (PHOTOS, POSTERS)
            assert archive.testzip() is None
    return {"seconds": seconds, "size": size, "peak": peak, "files": len(listed)}


def main() -> None:
    from django.conf import settings

    from apps.users.models import User
    from testing import MotoS3Server, s3_storage_settings

    photo = phone_photo(size=sized(full=(4000, 3000), quick=(640, 480)))
    poster = poster_png(*POSTER_SIZE)
    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        admin = User.objects.create_user(email="admin@example.com", is_staff=True)
        client = APIClient()
        client.force_authenticate(admin)

        local = measure(client, make_person(photo, poster))

        with MotoS3Server() as moto:
            bucket = moto.create_bucket()
            storages = {**settings.STORAGES, "default": s3_storage_settings(bucket)}
            with override_settings(STORAGES=storages):
                s3 = measure(client, make_person(photo, poster))
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(
        f"Export of a person with {PHOTOS} photos ({len(photo) / 1e6:.1f} MB JPEG each) and "
        f"{POSTERS} posters ({POSTER_SIZE[0]}x{POSTER_SIZE[1]} PNG, {len(poster) / 1e6:.1f} MB "
        "each), through the API into a file:"
    )
    header = ("measure", "local", "S3 (moto server)")
    widths = [40, 12, 18]
    rows = [
        ("files in the ZIP (with manifest.json)", f"{local['files'] + 1}", f"{s3['files'] + 1}"),
        ("ZIP size", f"{local['size'] / 1e6:.0f} MB", f"{s3['size'] / 1e6:.0f} MB"),
        ("time to the last byte", f"{local['seconds']:.2f} s", f"{s3['seconds']:.2f} s"),
        (
            "throughput",
            f"{local['size'] / 1e6 / local['seconds']:.0f} MB/s",
            f"{s3['size'] / 1e6 / s3['seconds']:.0f} MB/s",
        ),
        (
            "peak Python memory (tracemalloc)",
            f"{local['peak'] / 1e6:.1f} MB",
            f"{s3['peak'] / 1e6:.1f} MB",
        ),
    ]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for cells in rows:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
    for storage, figures in (("local", local), ("S3", s3)):
        report(
            f"export of 5 photos and {POSTERS} posters, {storage}: time",
            rows[2][1 if storage == "local" else 2],
        )
        report(
            f"export of 5 photos and {POSTERS} posters, {storage}: peak memory",
            f"{figures['peak'] / 1e6:.1f} MB",
        )


if __name__ == "__main__":
    main()
