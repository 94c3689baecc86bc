"""Whole jobs against the fake Gemini server, through the real google-genai client."""

import importlib
import time
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.core.files.storage import default_storage
from django.db import DatabaseError
from pytest_django.fixtures import Settings as SettingsWrapper

from apps.identities.models import Identity
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from services.image_generation import GeneratedImage, ImageGenerationError
from settings import common as common_settings
from testing import assert_storage_consistent
from testing.fake_gemini import SCENARIO_HEADER, FakeGeminiServer

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


@pytest.fixture
def queued_job(user: User) -> Callable[..., GenerationJob]:
    references = [ReferenceImageFactory(user=user, order=order) for order in (0, 1)]

    def make(**fields: object) -> GenerationJob:
        identity = IdentityFactory(user=user, name="Creative Visionary")
        return GenerationJobFactory(
            identity=identity,
            provider="gemini",
            model="gemini-3-pro-image",
            reference_image_ids=[str(reference.pk) for reference in references],
            **fields,
        )

    return make


def run(
    job: GenerationJob, scenario: str, settings: SettingsWrapper, fake: FakeGeminiServer
) -> GenerationJob:
    settings.GEMINI_EXTRA_HEADERS = {SCENARIO_HEADER: scenario}
    run_generation_job(job_id=job.pk)
    job.refresh_from_db()
    return job


def test_success_stores_the_bytes_unchanged_with_cost_and_usage(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = run(queued_job(aspect_ratio="16:9", resolution="2K"), "ok", settings, fake_gemini)

    assert job.status == GenerationJob.Status.SUCCEEDED
    (sent,) = fake_gemini.sent_images
    with default_storage.open(job.image.name, "rb") as stored:
        assert stored.read() == sent.data
    assert (job.image_width, job.image_height) == (2752, 1536)
    assert job.mime_type == "image/png"
    assert job.attempts == 1
    assert (job.total_tokens or 0) >= 1120  # a 2K image alone is 1120 output tokens
    assert job.cost_usd > Decimal("0.13")
    assert job.provider_ms is not None


def test_references_are_sent_as_the_stored_model_ready_jpegs(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = run(queued_job(), "ok", settings, fake_gemini)

    (request,) = fake_gemini.requests
    stored = []
    for reference in ReferenceImage.objects.filter(pk__in=job.reference_image_ids).order_by(
        "order"
    ):
        with reference.model_image.open("rb") as file:
            stored.append(file.read())
    assert [image.data for image in request.images] == stored
    assert {image.mime_type for image in request.images} == {"image/jpeg"}
    assert job.prompt in request.prompt


def test_jpeg_labelled_png_is_stored_as_jpeg(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = run(queued_job(), "ok_mislabelled", settings, fake_gemini)

    assert job.status == GenerationJob.Status.SUCCEEDED
    assert job.mime_type == "image/jpeg"
    assert job.image.name.endswith(".jpg")


def test_transient_failures_are_retried_into_one_success(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = run(queued_job(), "flaky:2", settings, fake_gemini)

    assert job.status == GenerationJob.Status.SUCCEEDED
    assert job.attempts == 3
    assert len(fake_gemini.requests) == 3
    assert GenerationJob.objects.count() == 1
    assert_storage_consistent()


@pytest.mark.parametrize(
    ("scenario", "code", "requests"),
    [
        ("image_safety", "blocked", 1),
        ("prompt_blocked", "blocked", 1),
        ("no_image", "no_image", 1),
        ("text_only", "no_image", 1),
        ("http_400", "bad_request", 1),
        ("http_403", "auth", 1),
        ("http_404", "model_not_found", 1),
        ("http_503", "unavailable", 3),
        ("http_429", "rate_limited", 3),
    ],
)
def test_failures_end_the_job_with_a_code_and_a_sentence(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    scenario: str,
    code: str,
    requests: int,
) -> None:
    job = run(queued_job(), scenario, settings, fake_gemini)

    assert job.status == GenerationJob.Status.FAILED
    assert job.error_code == code
    assert job.error_message.endswith(".")
    assert len(job.error_message) > 20
    assert len(fake_gemini.requests) == requests
    assert job.attempts == requests
    assert job.finished_at is not None
    assert not job.image
    assert not default_storage.exists("generated_images")


def test_timeout_ends_the_job_as_timeout(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    settings.GEMINI_TIMEOUT_S = 0.3
    settings.GEMINI_MAX_ATTEMPTS = 1

    job = run(queued_job(), "slow:3", settings, fake_gemini)

    assert (job.status, job.error_code) == (GenerationJob.Status.FAILED, "timeout")


def test_storage_failure_ends_the_job_with_no_file_left(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    module = importlib.import_module("apps.image_generation.functions.system.run_generation_job")
    monkeypatch.setattr(module, "store_image_renditions", broken)

    job = run(queued_job(), "ok", settings, fake_gemini)

    assert (job.status, job.error_code) == (GenerationJob.Status.FAILED, "storage_error")
    assert not job.image
    _folders, files = default_storage.listdir("generated_images")
    assert files == []


def test_a_job_that_is_not_queued_is_not_run_again(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = run(queued_job(status=GenerationJob.Status.SUCCEEDED), "ok", settings, fake_gemini)

    assert fake_gemini.requests == []
    assert job.status == GenerationJob.Status.SUCCEEDED


def test_save_to_identity_after_success(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    django_capture_on_commit_callbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        job = run(queued_job(save_to_identity=True), "ok", settings, fake_gemini)

    identity = Identity.objects.get(pk=job.identity_id)
    assert job.saved_to_identity_at is not None
    assert (identity.image_width, identity.image_height) == (job.image_width, job.image_height)
    assert identity.image.name != job.image.name  # a copy: deleting one keeps the other


def test_three_503s_then_an_image_is_one_succeeded_job_with_the_default_attempts(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    record_property: Callable[[str, object], None],
) -> None:
    settings.GEMINI_MAX_ATTEMPTS = common_settings.GEMINI_MAX_ATTEMPTS
    started = time.monotonic()

    job = run(queued_job(), "flaky:3", settings, fake_gemini)

    record_property("seconds_to_final_state", round(time.monotonic() - started, 2))

    assert job.status == GenerationJob.Status.SUCCEEDED
    assert job.attempts == 4
    assert len(fake_gemini.requests) == 4
    assert len(fake_gemini.sent_images) == 1  # three 503s carried no image
    assert GenerationJob.objects.count() == 1


def test_a_poster_that_cannot_be_decoded_is_bad_image_with_nothing_stored(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = importlib.import_module("apps.image_generation.functions.system.run_generation_job")
    drawn = GeneratedImage(
        data=b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + b"\x00" * 64,  # a header, no pixels
        mime_type="image/png",
        width=1376,
        height=768,
    )

    class Service:
        def generate_image(self, **kwargs: object) -> GeneratedImage:
            return drawn

    monkeypatch.setattr(module, "get_image_service", Service)

    job = run(queued_job(), "ok", settings, fake_gemini)

    assert (job.status, job.error_code) == (GenerationJob.Status.FAILED, "bad_image")
    assert job.error_message == (
        "The provider sent a poster that cannot be read as an image. Try again."
    )
    assert not job.image
    assert media_names() == []


def test_a_database_error_while_saving_to_the_identity_fails_the_job_internal(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(**kwargs: object) -> None:
        raise DatabaseError("deadlock detected")

    module = importlib.import_module("apps.image_generation.functions.system.run_generation_job")
    monkeypatch.setattr(module, "attach_poster_to_identity", broken)

    job = run(queued_job(save_to_identity=True), "ok", settings, fake_gemini)

    assert (job.status, job.error_code) == (GenerationJob.Status.FAILED, "internal")
    assert job.finished_at is not None
    assert job.attempts == 1  # what the provider did is still recorded
    assert job.cost_usd > 0
    assert not job.image
    assert media_names() == []
    assert not Identity.objects.get(pk=job.identity_id).image


def test_the_providers_response_id_and_model_version_are_kept(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = run(queued_job(), "ok", settings, fake_gemini)

    assert job.model_version == "gemini-3-pro-image"
    assert job.response_id != ""


def media_names() -> list[str]:
    """Every file under generated_images, renditions included."""
    names = []
    folders = ["generated_images"]
    while folders:
        folder = folders.pop()
        if not default_storage.exists(folder):
            continue
        subfolders, files = default_storage.listdir(folder)
        folders += [f"{folder}/{sub}" for sub in subfolders]
        names += [f"{folder}/{name}" for name in files]
    return names


def test_a_job_whose_photos_were_all_deleted_fails_without_calling_the_provider(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = queued_job()
    ReferenceImage.objects.filter(pk__in=job.reference_image_ids).delete()

    job = run(job, "ok", settings, fake_gemini)

    assert (job.status, job.error_code) == (GenerationJob.Status.FAILED, "references_gone")
    assert job.error_message.startswith("The person's reference photos were deleted")
    assert fake_gemini.requests == []
    assert job.cost_usd == 0
    assert not job.image


def test_a_job_whose_photos_were_partly_deleted_sends_the_ones_left(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
) -> None:
    job = queued_job()
    ReferenceImage.objects.filter(pk=job.reference_image_ids[0]).delete()

    job = run(job, "ok", settings, fake_gemini)

    assert job.status == GenerationJob.Status.SUCCEEDED
    (request,) = fake_gemini.requests
    assert len(request.images) == 1


def test_the_provider_is_asked_with_the_jobs_variation_seed(
    queued_job: Callable[..., GenerationJob],
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = importlib.import_module("apps.image_generation.functions.system.run_generation_job")
    asked: list[dict[str, object]] = []

    class Service:
        def generate_image(self, **kwargs: object) -> GeneratedImage:
            asked.append(kwargs)
            raise ImageGenerationError(ImageGenerationError.TIMEOUT)

    monkeypatch.setattr(module, "get_image_service", Service)

    run(queued_job(variation_seed=1234567), "ok", settings, fake_gemini)

    assert [kwargs["variation"] for kwargs in asked] == [1234567]
