"""The worker reads the person's consent afresh right before each call to the provider, not
what the job saw when it was queued (in-process; the live tests drive the same through real
worker processes)."""

from collections.abc import Callable

import pytest
from pytest_django.fixtures import Settings as SettingsWrapper

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.privacy.models import ConsentChange
from apps.privacy.tests.factories import ConsentStepFactory
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from services.image_generation import GeminiImageService, ImageGenerationError
from testing.fake_gemini import FakeGeminiServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued_job(user: User) -> Callable[..., GenerationJob]:
    reference = ReferenceImageFactory(user=user)

    def make(**fields: object) -> GenerationJob:
        return GenerationJobFactory(
            identity=IdentityFactory(user=user),
            reference_image_ids=[str(reference.pk)],
            **{"provider": "gemini", "model": "gemini-3-pro-image", **fields},
        )

    return make


def withdraw_sending(user: User) -> None:
    """Withdrawn behind the API's back: only the worker's own check can stop the job."""
    ConsentStepFactory(user=user, change=ConsentChange.WITHDRAW, send_to_provider=False)


def test_a_job_queued_with_consent_is_cancelled_when_it_was_withdrawn_before_sending(
    queued_job: Callable[..., GenerationJob], user: User, fake_gemini: FakeGeminiServer
) -> None:
    job = queued_job()
    withdraw_sending(user)

    run_generation_job(job_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.error_code) == ("cancelled", "consent_withdrawn")
    assert "nothing was sent and nothing was charged" in job.error_message
    assert (job.attempts, job.cost_usd, job.image.name or "") == (0, 0, "")
    assert fake_gemini.generate_calls == 0


def test_consent_withdrawn_during_a_retry_stops_the_next_attempt(
    queued_job: Callable[..., GenerationJob],
    user: User,
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings.GEMINI_EXTRA_HEADERS = {"X-Fake-Scenario": "flaky:1"}  # the retry would succeed
    original = GeminiImageService._retry_delay

    def withdrawn_while_waiting(
        service: GeminiImageService, error: ImageGenerationError, attempt: int
    ) -> float | None:
        withdraw_sending(user)
        return original(service, error, attempt)

    monkeypatch.setattr(GeminiImageService, "_retry_delay", withdrawn_while_waiting)
    job = queued_job()

    run_generation_job(job_id=job.pk)

    job.refresh_from_db()
    assert (job.status, job.error_code) == ("cancelled", "consent_withdrawn")
    assert "nothing more was sent" in job.error_message
    assert job.attempts == 1
    assert fake_gemini.generate_calls == 1  # the failed first attempt, no second
    assert fake_gemini.sent_images == []


def test_a_refinement_is_cancelled_too(
    queued_job: Callable[..., GenerationJob], user: User, fake_gemini: FakeGeminiServer
) -> None:
    parent = queued_job()
    run_generation_job(job_id=parent.pk)
    parent.refresh_from_db()
    assert parent.status == "succeeded", parent.error_message
    child = queued_job(parent=parent, depth=1, instruction="warmer light")
    withdraw_sending(user)

    run_generation_job(job_id=child.pk)

    child.refresh_from_db()
    assert (child.status, child.error_code) == ("cancelled", "consent_withdrawn")
    assert fake_gemini.generate_calls == 1  # the parent's only


def test_with_consent_in_force_the_job_is_drawn(
    queued_job: Callable[..., GenerationJob], fake_gemini: FakeGeminiServer
) -> None:
    job = queued_job()

    run_generation_job(job_id=job.pk)

    job.refresh_from_db()
    assert job.status == "succeeded", job.error_message
    assert fake_gemini.generate_calls == 1


def test_the_offline_poster_sends_nothing_so_it_needs_no_consent_to_send(
    queued_job: Callable[..., GenerationJob], user: User, settings: SettingsWrapper
) -> None:
    settings.IMAGE_PROVIDER = "local"  # the rule generate applies: nothing leaves this server
    job = queued_job(provider="local", model="local-poster-v1")
    withdraw_sending(user)

    run_generation_job(job_id=job.pk)

    job.refresh_from_db()
    assert job.status == "succeeded", job.error_message
