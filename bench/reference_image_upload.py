"""Reference photo upload and list latency on local storage and on S3 (moto in server mode).

For each storage: p50/p95 of UPLOADS uploads of one 12 MP phone JPEG through the API (each
deleted again before the next), then with 5 small images stored, the list endpoint's p50/p95
over LIST_RUNS requests, its SQL query count and its storage request count. S3 is moto's
threaded server on 127.0.0.1 with a private bucket, reached through django-storages'
S3Storage with presigned URLs, as production configures it; storage requests are counted
with a botocore `before-call.s3` hook on the storage's client (local storage makes none).

Run from the repository root: .venv/bin/python bench/reference_image_upload.py
It uses the test settings, a throw-away database and a temporary media folder.
"""

import io
import os
import statistics
import tempfile
import time
from collections import Counter

from support import percentile, phone_photo, record_consent, report, sized

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from PIL import Image  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

UPLOADS = int(os.environ.get("BENCH_UPLOADS", sized(full=20, quick=1)))
LIST_IMAGES = 5
LIST_RUNS = sized(full=20, quick=1)
PHOTO_SIZE = sized(full=(4000, 3000), quick=(800, 600))


def measure(client: APIClient, user: object, data: bytes, calls: list[str]) -> dict[str, object]:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from apps.reference_images.models import ReferenceImage

    upload_ms = []
    upload_calls = []
    for _ in range(UPLOADS):
        upload = SimpleUploadedFile("IMG_0001.jpg", data, content_type="image/jpeg")
        calls.clear()
        started = time.perf_counter()
        response = client.post("/api/v1/reference-images/", {"image": upload})
        upload_ms.append((time.perf_counter() - started) * 1000)
        upload_calls.append(len(calls))
        assert response.status_code == 201, response.content
        for reference in ReferenceImage.objects.filter(user=user):
            client.delete(f"/api/v1/reference-images/{reference.pk}/")

    small = io.BytesIO()
    Image.new("RGB", (640, 480), (90, 140, 200)).save(small, format="JPEG")
    for _ in range(LIST_IMAGES):
        response = client.post(
            "/api/v1/reference-images/",
            {"image": SimpleUploadedFile("a.jpg", small.getvalue(), content_type="image/jpeg")},
        )
        assert response.status_code == 201, response.content
    client.get("/api/v1/reference-images/")  # warm up
    list_ms = []
    for _ in range(LIST_RUNS):
        calls.clear()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get("/api/v1/reference-images/")
            list_ms.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
        assert len(response.json()) == LIST_IMAGES
        query_count = len(queries)  # the next request's start clears the query log
    list_calls = Counter(calls)
    for reference in ReferenceImage.objects.filter(user=user):
        client.delete(f"/api/v1/reference-images/{reference.pk}/")
    return {
        "upload_p50": statistics.median(upload_ms),
        "upload_p95": percentile(upload_ms, 0.95),
        "upload_calls": statistics.median(upload_calls),
        "list_p50": statistics.median(list_ms),
        "list_p95": percentile(list_ms, 0.95),
        "list_queries": query_count,
        "list_calls": sum(list_calls.values()),
        "list_call_names": ", ".join(f"{n} {name}" for name, n in list_calls.items()) or "none",
    }


def main() -> None:
    from django.conf import settings
    from django.core.files.storage import default_storage

    from apps.users.models import User
    from testing import MotoS3Server, s3_storage_settings

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        user = User.objects.create_user(email="bench@example.com")
        record_consent(user)
        client = APIClient()
        client.force_authenticate(user)
        data = phone_photo(size=PHOTO_SIZE)

        local = measure(client, user, data, [])

        with MotoS3Server() as moto:
            bucket = moto.create_bucket()
            storages = {**settings.STORAGES, "default": s3_storage_settings(bucket)}
            with override_settings(STORAGES=storages):
                calls: list[str] = []

                def record(model: object, **_kwargs: object) -> None:
                    calls.append(model.name)  # type: ignore[attr-defined]

                events = default_storage.connection.meta.client.meta.events  # type: ignore[attr-defined]
                events.register("before-call.s3", record)
                try:
                    s3 = measure(client, user, data, calls)
                finally:
                    events.unregister("before-call.s3", record)
                left = bucket.key_count()
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)

    print(
        f"{PHOTO_SIZE[0] * PHOTO_SIZE[1] / 1e6:g} MP JPEG ({len(data) / 1e6:.1f} MB) "
        f"upload x{UPLOADS}; "
        f"list with {LIST_IMAGES} images x{LIST_RUNS}:"
    )
    header = ("measure", "local", "S3 (moto server)")
    widths = [38, 12, 18]
    rows = [
        ("upload p50", f"{local['upload_p50']:.0f} ms", f"{s3['upload_p50']:.0f} ms"),
        ("upload p95", f"{local['upload_p95']:.0f} ms", f"{s3['upload_p95']:.0f} ms"),
        ("S3 requests per upload", "none", f"{s3['upload_calls']:.0f}"),
        ("list p50", f"{local['list_p50']:.1f} ms", f"{s3['list_p50']:.1f} ms"),
        ("list p95", f"{local['list_p95']:.1f} ms", f"{s3['list_p95']:.1f} ms"),
        (
            "list SQL queries (incl. BEGIN/COMMIT)",
            str(local["list_queries"]),
            str(s3["list_queries"]),
        ),
        ("S3 requests per list", "none", str(s3["list_calls"] // LIST_RUNS)),
    ]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for cells in rows:
        print("  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)))
        figure, on_local, on_s3 = cells
        for storage, cell in (("local storage", on_local), ("S3 (moto server)", on_s3)):
            if cell != "none":
                report(f"{figure}, {storage}", cell)
    print(f"S3 operations during the {LIST_RUNS} lists: {s3['list_call_names']}")
    print(f"objects left in the bucket after deleting every image: {left}")
    report("S3 objects left after deleting every image", str(left), goal="0", met=left == 0)


if __name__ == "__main__":
    main()
