"""A poster's score is written only with face matching in force at the moment it is written:
a withdrawal that is committing meanwhile is waited for, not read around."""

import importlib
import threading
from typing import Any

import pytest
from django.db import connection

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.image_generation.tests.test_measure_poster_likeness import redrawn
from apps.person_lifecycle.functions.admin import withdraw_person_consent
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from testing.fake_gemini import FakeGeminiServer

pytestmark = pytest.mark.django_db(transaction=True)

HELD_S = 1.0  # how long the withdrawal holds its locks before it commits


def test_a_withdrawal_committing_while_the_score_is_written_is_waited_for(
    user: User, fake_gemini: FakeGeminiServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    astronaut = ReferenceImageFactory(user=user, image_file=photo_upload("astronaut"))
    fake_gemini.answer_picture = redrawn("astronaut")  # a poster whose faces are scored
    job = GenerationJobFactory(
        identity=IdentityFactory(user=user),
        reference_image_ids=[str(astronaut.pk)],
        provider="gemini",
        model="gemini-3-pro-image",
    )
    withdrawal_holds_its_locks = threading.Event()
    failures: list[Exception] = []

    lifecycle = importlib.import_module(
        "apps.person_lifecycle.functions.admin.withdraw_person_consent"
    )
    record = lifecycle.record_audit_event

    def record_then_hold(**kwargs: Any) -> Any:  # the last step before the withdrawal commits
        event = record(**kwargs)
        withdrawal_holds_its_locks.set()
        threading.Event().wait(HELD_S)
        return event

    monkeypatch.setattr(lifecycle, "record_audit_event", record_then_hold)

    def withdraw() -> None:
        try:
            withdraw_person_consent(user_id=user.pk, scopes=["face_matching"])
        except Exception as error:  # noqa: BLE001 - reported by the test below
            failures.append(error)
        finally:
            connection.close()

    measuring = importlib.import_module(
        "apps.image_generation.functions.system.measure_poster_likeness"
    )
    score = measuring.score_poster_likeness

    def scored_then_withdrawn(**kwargs: Any) -> Any:
        likeness = score(**kwargs)
        threading.Thread(target=withdraw).start()
        assert withdrawal_holds_its_locks.wait(10), "the withdrawal never started"
        return likeness  # measured with consent in force; written after it was withdrawn

    monkeypatch.setattr(measuring, "score_poster_likeness", scored_then_withdrawn)

    run_generation_job(job_id=job.pk)

    assert failures == []
    job.refresh_from_db()
    assert job.status == GenerationJob.Status.SUCCEEDED, job.error_message
    assert (job.likeness_score, job.likeness_verdict) == (None, "")
    assert job.likeness_unscored == "face_matching_off"
