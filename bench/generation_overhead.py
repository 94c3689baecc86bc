"""Bytes sent to the provider, time outside the provider call and peak memory of one generation.

OURS: run_generation_job sends the stored model-ready JPEGs (read as bytes, never decoded) and
stores the returned bytes as they are. THE PLAN: open each reference photo with Pillow from
storage, hand the PIL images to the google-genai client (which encodes them as PNG), then
decode the result and re-encode it as PNG before storing it.

Both run in one process against the fake Gemini server with a fixed latency, with five
12-megapixel phone-like JPEGs (EXIF orientation 6) uploaded through the API as references.
"ms outside the SDK call" is wall time minus the time inside generate_content (for the plan
that call also PNG-encodes and uploads the photos); "ms beyond the provider's 1 s" is wall
time minus the fake server's fixed latency, so it counts that work too.
Run from the repository root: .venv/bin/python bench/generation_overhead.py
Peak memory is what tracemalloc sees (Python allocations, including bytes objects); pixel
buffers Pillow allocates in C are not included.
"""

import io
import os
import tempfile
import time
import tracemalloc

from support import phone_photo, record_consent, report, sized

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.test")
os.environ["MEDIA_ROOT"] = tempfile.mkdtemp(prefix="bench-media-")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import override_settings  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from PIL import Image  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

LATENCY_S = sized(full=1.0, quick=0.1)
PHOTOS = sized(full=5, quick=1)
PHOTO_SIZE = sized(full=(4000, 3000), quick=(800, 600))
RESOLUTION = sized(full=None, quick="1K")  # None: the configured default
TARGET_BYTES_RATIO = 20
TARGET_OVERHEAD_MS = 200


def measure(run):
    """(result, wall ms, peak tracemalloc bytes): timed untraced, then run again traced.

    tracemalloc slows Python down several times, so the time comes from a run without it.
    """
    started = time.perf_counter()
    result = run()
    elapsed_ms = (time.perf_counter() - started) * 1000
    tracemalloc.start()
    run()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, elapsed_ms, peak


def main() -> None:
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage
    from django.core.files.uploadedfile import SimpleUploadedFile
    from google import genai
    from google.genai import types

    from apps.identities.models import Identity
    from apps.image_generation.functions.admin import generate_identity_image
    from apps.image_generation.functions.system import run_generation_job
    from apps.image_generation.models import GenerationJob
    from apps.reference_images.models import ReferenceImage
    from apps.test_scenario.models import TestScenario
    from apps.users.models import User
    from testing.fake_gemini import FakeGeminiServer

    setup_test_environment()
    old_name = connection.creation.create_test_db(verbosity=0)
    try:
        user = User.objects.create_user(email="bench-user@example.com")
        TestScenario.objects.create(name="Bench", user=user)  # whom posters may be made of
        record_consent(user)
        staff = User.objects.create_user(email="bench-staff@example.com", is_staff=True)
        identity = Identity.objects.create(
            user=user, name="Calm founder", category="Career", i_am_statement="I am calm."
        )
        client = APIClient()
        client.force_authenticate(user)
        sizes = []
        for seed in range(PHOTOS):
            data = phone_photo(seed, PHOTO_SIZE)
            sizes.append(len(data))
            upload = SimpleUploadedFile(f"IMG_{seed:04d}.jpg", data, content_type="image/jpeg")
            response = client.post("/api/v1/reference-images/", {"image": upload})
            assert response.status_code == 201, response.content
        print(
            f"{PHOTOS} references uploaded: {PHOTO_SIZE[0] * PHOTO_SIZE[1] / 1e6:g} MP JPEGs of "
            f"{min(sizes) / 1e6:.1f}-{max(sizes) / 1e6:.1f} MB, EXIF orientation 6"
        )

        with (
            FakeGeminiServer(latency_s=LATENCY_S) as server,
            override_settings(
                IMAGE_PROVIDER="gemini",
                GEMINI_API_KEY=server.api_key,
                GEMINI_BASE_URL=server.base_url,
                GEMINI_MAX_ATTEMPTS=1,
            ),
        ):
            # -- OURS ----------------------------------------------------------------------
            # The test settings run the task at once: that first run warms both sides up
            # (imports, connections); the measured run is a second run of the same job.
            [job] = generate_identity_image(
                created_by=staff, identity_id=identity.pk, user_id=user.pk, resolution=RESOLUTION
            ).jobs
            job.refresh_from_db()
            assert job.status == GenerationJob.Status.SUCCEEDED, job.error_message

            def ours() -> GenerationJob | None:
                GenerationJob.objects.filter(pk=job.pk).update(
                    status=GenerationJob.Status.QUEUED, image=""
                )
                return run_generation_job(job_id=job.pk)

            ours_job, ours_ms, ours_peak = measure(ours)
            assert ours_job is not None
            assert ours_job.status == GenerationJob.Status.SUCCEEDED, ours_job.error_message
            ours_bytes = server.requests[-1].body_bytes
            ours_overhead = ours_ms - ours_job.provider_ms  # both from the untraced run

            # -- THE PLAN ------------------------------------------------------------------
            references = list(ReferenceImage.objects.filter(user=user).order_by("order"))
            plan_client = genai.Client(
                api_key=server.api_key,
                http_options=types.HttpOptions(base_url=server.base_url, api_version="v1beta"),
            )
            provider_ms: list[float] = []  # per run; the first is the untraced one

            def plan() -> str:
                images = []
                for reference in references:
                    with reference.image.open("rb") as file:
                        image = Image.open(file)
                        image.load()
                    images.append(image)
                config = types.GenerateContentConfig(
                    response_modalities=["TEXT", "IMAGE"],
                    image_config=types.ImageConfig(
                        aspect_ratio=job.aspect_ratio, image_size=job.resolution
                    ),
                    store=False,  # the fake server, as the product, takes no request without
                )
                started = time.perf_counter()
                response = plan_client.models.generate_content(
                    model=job.model, contents=[job.prompt, *images], config=config
                )
                provider_ms.append((time.perf_counter() - started) * 1000)
                part = next(p for p in response.parts if p.inline_data and not p.thought)
                result = Image.open(io.BytesIO(part.inline_data.data))
                buffer = io.BytesIO()
                result.save(buffer, format="PNG")
                return default_storage.save("plan/poster.png", ContentFile(buffer.getvalue()))

            _name, plan_ms, plan_peak = measure(plan)
            plan_bytes = server.requests[-1].body_bytes
            plan_overhead = plan_ms - provider_ms[0]

        rows = [
            (
                "request bytes to provider",
                f"{ours_bytes / 1e6:.2f} MB",
                f"{plan_bytes / 1e6:.2f} MB",
                f"ours <= plan/{TARGET_BYTES_RATIO} "
                f"({plan_bytes / TARGET_BYTES_RATIO / 1e6:.2f} MB)",
                ours_bytes * TARGET_BYTES_RATIO <= plan_bytes,
            ),
            (
                "ms outside the SDK call",
                f"{ours_overhead:.0f} ms",
                f"{plan_overhead:.0f} ms",
                f"ours <= {TARGET_OVERHEAD_MS} ms",
                ours_overhead <= TARGET_OVERHEAD_MS,
            ),
            (
                f"ms beyond the provider's {LATENCY_S:g} s",
                f"{ours_ms - LATENCY_S * 1000:.0f} ms",
                f"{plan_ms - LATENCY_S * 1000:.0f} ms",
                "- (includes encoding and upload)",
                None,
            ),
            (
                "peak Python memory (tracemalloc)",
                f"{ours_peak / 1e6:.1f} MB",
                f"{plan_peak / 1e6:.1f} MB",
                "-",
                None,
            ),
            ("wall time incl. provider", f"{ours_ms:.0f} ms", f"{plan_ms:.0f} ms", "-", None),
        ]
        print(f"One generation, fake Gemini with {LATENCY_S:.1f} s latency:")
        header = ("measure", "OURS", "THE PLAN", "target", "met")
        widths = [34, 12, 12, 34, 5]
        print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
        for *cells, met in rows:
            flag = "-" if met is None else ("yes" if met else "NO")
            print("  ".join(c.ljust(w) for c, w in zip([*cells, flag], widths, strict=True)))
            figure, ours_cell, plan_cell, goal = cells
            report(figure, ours_cell, baseline=f"{plan_cell} (plan)", goal=goal, met=met)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
