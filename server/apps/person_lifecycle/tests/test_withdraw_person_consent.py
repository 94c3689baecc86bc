"""Withdrawing consent stops the person's posters that wait for a worker at once."""

import pytest
from django.utils import timezone
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.privacy.models import AuditEvent
from apps.users.models import User

pytestmark = pytest.mark.django_db


def jobs_of(person: User) -> dict[str, GenerationJob]:
    identity = IdentityFactory(user=person)
    return {
        status: GenerationJobFactory(identity=identity, status=status)
        for status in ("queued", "running", "succeeded")
    }


def withdraw(client: APIClient, person: User, *scopes: str) -> None:
    response = client.post(
        f"/api/v1/users/{person.pk}/consent/withdraw/", {"scopes": list(scopes)}, format="json"
    )
    assert response.status_code == 200, response.content


def test_withdrawing_sending_cancels_the_persons_queued_posters_at_once(
    staff_client: APIClient, user: User, other_user: User, settings: SettingsWrapper
) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    jobs = jobs_of(user)
    others = jobs_of(other_user)

    withdraw(staff_client, user, "send_to_provider")

    queued = GenerationJob.objects.get(pk=jobs["queued"].pk)
    assert (queued.status, queued.error_code) == ("cancelled", "consent_withdrawn")
    assert "nothing was sent and nothing was charged" in queued.error_message
    assert queued.finished_at is not None
    # A running job is its worker's to stop; a finished one stays as it ended.
    assert GenerationJob.objects.get(pk=jobs["running"].pk).status == "running"
    assert GenerationJob.objects.get(pk=jobs["succeeded"].pk).status == "succeeded"
    assert GenerationJob.objects.get(pk=others["queued"].pk).status == "queued"
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_WITHDRAW)
    assert event.details["queued_jobs_cancelled"] == 1
    job = staff_client.get(f"/api/v1/image-generation/jobs/{queued.pk}/").json()
    assert (job["status"], job["error_code"]) == ("cancelled", "consent_withdrawn")


def test_withdrawing_face_matching_alone_leaves_the_queue(
    staff_client: APIClient, user: User, settings: SettingsWrapper
) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    jobs = jobs_of(user)

    withdraw(staff_client, user, "face_matching")

    assert GenerationJob.objects.get(pk=jobs["queued"].pk).status == "queued"


def test_offline_withdrawing_sending_alone_leaves_the_queue_as_generate_would(
    staff_client: APIClient, user: User, settings: SettingsWrapper
) -> None:
    settings.IMAGE_PROVIDER = "local"  # sends nothing: the same rule as generate's
    jobs = jobs_of(user)

    withdraw(staff_client, user, "send_to_provider")

    assert GenerationJob.objects.get(pk=jobs["queued"].pk).status == "queued"


def test_withdrawing_everything_cancels_the_queue_whatever_the_provider(
    staff_client: APIClient, user: User, settings: SettingsWrapper
) -> None:
    settings.IMAGE_PROVIDER = "local"
    jobs = jobs_of(user)

    withdraw(staff_client, user)

    queued = GenerationJob.objects.get(pk=jobs["queued"].pk)
    assert (queued.status, queued.error_code) == ("cancelled", "consent_withdrawn")


def test_withdrawing_face_matching_forgets_the_likeness_of_the_persons_posters(
    staff_client: APIClient, user: User, other_user: User
) -> None:
    scored = {
        "status": "succeeded",
        "likeness_score": 0.81,
        "likeness_verdict": "match",
        "likeness_faces": 1,
        "likeness_scored_at": timezone.now(),
    }
    poster = GenerationJobFactory(identity=IdentityFactory(user=user), **scored)
    others = GenerationJobFactory(identity=IdentityFactory(user=other_user), **scored)

    withdraw(staff_client, user, "face_matching")

    answer = staff_client.get(f"/api/v1/image-generation/jobs/{poster.pk}/").json()
    assert answer["likeness"] is None
    assert answer["likeness_unavailable_reason"] == (
        "Face matching is off for this person, so nothing was compared."
    )
    poster.refresh_from_db()
    assert (poster.likeness_score, poster.likeness_faces, poster.likeness_scored_at) == (
        None,
        None,
        None,
    )
    others.refresh_from_db()
    assert others.likeness_score == 0.81  # another person's stays
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_WITHDRAW)
    assert event.details["poster_likeness_deleted"] == 1
