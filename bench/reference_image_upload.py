"""Time a 12 MP phone photo upload through the API and count the list endpoint's queries.

Run from the repository root: .venv/bin/python bench/reference_image_upload.py
It uses the test settings, a throw-away database and a temporary media folder.
"""

import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

SERVER_DIR = Path(__file__).resolve().parent.parent / "server"
sys.path.insert(0, str(SERVER_DIR))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django  # noqa: E402
import numpy as np  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from PIL import ExifTags, Image  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

RUNS = 10


def phone_photo() -> bytes:
    with Image.open(SERVER_DIR / "fixtures" / "images" / "astronaut.png") as source:
        smooth = source.convert("RGB").resize((4000, 3000), Image.Resampling.BICUBIC)
    # Sensor-like noise, so the file is the size of a real phone photo (about 3 MB).
    noise = np.random.default_rng(0).normal(0, 6, (3000, 4000, 3))
    photo = Image.fromarray(np.clip(np.asarray(smooth) + noise, 0, 255).astype(np.uint8))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 12.0)
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=92, exif=exif.tobytes())
    return buffer.getvalue()


def main() -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    from apps.reference_images.models import ReferenceImage
    from apps.users.models import User

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        user = User.objects.create_user(email="bench@example.com")
        client = APIClient()
        client.force_authenticate(user)
        data = phone_photo()
        timings = []
        for _ in range(RUNS):
            upload = SimpleUploadedFile("IMG_0001.jpg", data, content_type="image/jpeg")
            started = time.perf_counter()
            response = client.post("/api/v1/reference-images/", {"image": upload})
            timings.append(time.perf_counter() - started)
            assert response.status_code == 201, response.content
            ReferenceImage.objects.filter(user=user).delete()
        print(f"12 MP JPEG ({len(data) / 1e6:.1f} MB) upload, {RUNS} runs:")
        print(
            f"  p50 {statistics.median(timings) * 1000:.0f} ms, "
            f"min {min(timings) * 1000:.0f} ms, max {max(timings) * 1000:.0f} ms"
        )

        for count in (1, 5):
            ReferenceImage.objects.filter(user=user).delete()
            small = io.BytesIO()
            Image.new("RGB", (640, 480), (90, 140, 200)).save(small, format="JPEG")
            for _ in range(count):
                client.post(
                    "/api/v1/reference-images/",
                    {"image": SimpleUploadedFile("a.jpg", small.getvalue())},
                )
            with CaptureQueriesContext(connection) as queries:
                response = client.get("/api/v1/reference-images/")
            selects = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT")]
            print(
                f"list with {count} image(s): {len(queries)} queries "
                f"({len(selects)} SELECT), {len(response.json())} items"
            )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
