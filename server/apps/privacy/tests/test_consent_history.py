"""Consent is append-only history: each record, change and withdrawal is a new row, the
latest is in force, and the API says how each was given (by the person, or attested by
staff with a note saying where the signed form is)."""

import pytest
from rest_framework.test import APIClient

from apps.privacy.functions.public import has_consent
from apps.privacy.models import (
    AuditEvent,
    ConsentScope,
    PersonConsent,
    PersonConsentChangeError,
)
from apps.privacy.tests.factories import ConsentStepFactory
from apps.privacy.utils import PRIVACY_NOTICE_VERSION, privacy_notice, sha256_hex
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from apps.users.tests.factories import UserFactory

pytestmark = pytest.mark.django_db

NOTE = "Paper form in HR file 2026-12"


def body(**fields: object) -> dict[str, object]:
    return {
        "notice_version": PRIVACY_NOTICE_VERSION,
        "send_to_provider": True,
        "face_matching": True,
        "note": NOTE,
        **fields,
    }


def client_of(person: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(person)
    return client


def test_a_consent_row_is_never_changed_or_deleted_one_by_one() -> None:
    consent = ConsentStepFactory()

    consent.face_matching = False
    with pytest.raises(PersonConsentChangeError):
        consent.save()
    with pytest.raises(PersonConsentChangeError):
        consent.delete()
    with pytest.raises(PersonConsentChangeError):
        PersonConsent.objects.filter(pk=consent.pk).update(face_matching=False)

    consent.refresh_from_db()
    assert consent.face_matching is True


def test_each_record_change_and_withdrawal_is_a_new_row_and_the_latest_is_in_force(
    staff_user: User, staff_client: APIClient, settings
) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    person = UserFactory()

    attested = staff_client.post(
        f"/api/v1/users/{person.pk}/consent/",
        body(face_matching=False),
        format="json",
        HTTP_USER_AGENT="AdminBrowser/1.0",
    )
    given = client_of(person).post(
        f"/api/v1/users/{person.pk}/consent/", body(note=""), format="json"
    )
    withdrawn = staff_client.post(
        f"/api/v1/users/{person.pk}/consent/withdraw/",
        {"scopes": ["send_to_provider"]},
        format="json",
    )

    assert [attested.status_code, given.status_code, withdrawn.status_code] == [201, 201, 200]
    state = staff_client.get(f"/api/v1/users/{person.pk}/consent/").json()
    history = state["history"]
    assert [(step["change"], step["given_by"]) for step in history] == [
        ("withdraw", "staff"),
        ("record", "person"),
        ("record", "staff"),
    ]
    assert state["current"] == history[0]
    assert (state["active"], state["send_to_provider"], state["face_matching"]) == (
        True,
        False,
        True,
    )
    assert history[0]["scopes"] == ["face_matching"]
    first = history[2]
    assert first["note"] == NOTE
    assert first["recorded_by"] == str(staff_user.pk)
    assert first["recorded_by_email"] == staff_user.email
    assert first["notice_version"] == PRIVACY_NOTICE_VERSION
    assert first["notice_sha256"] == sha256_hex(privacy_notice().text)
    assert first["provider"] == "gemini"
    assert first["scopes"] == ["send_to_provider"]
    assert (first["client_ip"], first["user_agent"]) == ("127.0.0.1", "AdminBrowser/1.0")
    assert history[1]["recorded_by_email"] == person.email
    assert PersonConsent.objects.filter(user=person).count() == 3
    assert has_consent(user_id=person.pk, scope=ConsentScope.FACE_MATCHING)
    assert not has_consent(user_id=person.pk, scope=ConsentScope.SEND_TO_PROVIDER)
    events = AuditEvent.objects.filter(subject_user_id=person.pk).order_by("at")
    assert [(event.action, event.details["given_by"]) for event in events] == [
        ("consent.record", "staff"),
        ("consent.record", "person"),
        ("consent.withdraw", "staff"),
    ]


def test_a_person_with_no_consent_has_an_empty_history(staff_client: APIClient) -> None:
    person = UserFactory()

    state = staff_client.get(f"/api/v1/users/{person.pk}/consent/").json()

    assert (state["active"], state["current"], state["history"]) == (False, None, [])


@pytest.mark.parametrize("note", [None, "", "   "])
def test_consent_recorded_by_staff_is_attested_and_needs_a_note(
    staff_client: APIClient, note: str | None
) -> None:
    person = UserFactory()
    sent = body(note=note) if note is not None else body()
    if note is None:
        del sent["note"]

    response = staff_client.post(f"/api/v1/users/{person.pk}/consent/", sent, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "note_required"
    assert "signed form" in response.json()["detail"]
    assert not PersonConsent.objects.filter(user=person).exists()
    assert not AuditEvent.objects.filter(subject_user_id=person.pk).exists()


def test_a_person_recording_their_own_consent_needs_no_note() -> None:
    person = UserFactory()

    response = client_of(person).post(
        f"/api/v1/users/{person.pk}/consent/", body(note=""), format="json"
    )

    assert response.status_code == 201
    assert response.json()["current"]["given_by"] == "person"


@pytest.mark.parametrize("by_staff", [True, False], ids=["staff", "the person"])
def test_recording_with_nothing_ticked_is_refused(staff_client: APIClient, by_staff: bool) -> None:
    person = UserFactory()
    ConsentStepFactory(user=person)
    client = staff_client if by_staff else client_of(person)

    response = client.post(
        f"/api/v1/users/{person.pk}/consent/",
        body(send_to_provider=False, face_matching=False),
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "nothing_agreed"
    assert "Nothing was ticked" in response.json()["detail"]
    assert PersonConsent.objects.filter(user=person).count() == 1


def test_a_notice_whose_text_changed_since_it_was_shown_is_refused(
    staff_client: APIClient,
) -> None:
    person = UserFactory()

    response = staff_client.post(
        f"/api/v1/users/{person.pk}/consent/",
        body(notice_sha256=sha256_hex("the notice as it read yesterday")),
        format="json",
    )

    assert response.status_code == 400
    assert response.json()["code"] == "notice_outdated"
    assert "notice has changed" in response.json()["detail"]
    assert not PersonConsent.objects.filter(user=person).exists()


def test_recording_again_without_face_matching_forgets_the_face_embeddings(
    user: User, staff_client: APIClient
) -> None:
    ReferenceImageFactory(user=user, image_file=photo_upload())
    assert ReferenceImage.objects.get(user=user).face_embedding is not None

    response = staff_client.post(
        f"/api/v1/users/{user.pk}/consent/", body(face_matching=False), format="json"
    )

    assert response.status_code == 201
    assert ReferenceImage.objects.get(user=user).face_embedding is None
    assert PersonConsent.objects.filter(user=user).count() == 2  # the factory's, then this


def test_a_withdrawal_keeps_what_was_agreed_before(user: User, staff_client: APIClient) -> None:
    before = PersonConsent.objects.get(user=user)

    staff_client.post(f"/api/v1/users/{user.pk}/consent/withdraw/", {}, format="json")

    withdrawal, earlier = PersonConsent.objects.filter(user=user)
    assert earlier == before
    assert (earlier.send_to_provider, earlier.face_matching, earlier.withdrawn_at) == (
        True,
        True,
        None,
    )
    assert withdrawal.withdrawn_at is not None
    assert withdrawal.scopes() == []
    assert not has_consent(user_id=user.pk)
