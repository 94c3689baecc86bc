import importlib
from typing import Any

import pytest
from django.utils import timezone
from rest_framework.response import Response
from rest_framework.test import APIClient

from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.privacy.models import AuditEvent, ConsentChange, PersonConsent
from apps.privacy.tests.factories import ConsentStepFactory, PersonConsentFactory
from apps.privacy.utils import PRIVACY_NOTICE_VERSION
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import (
    ReferenceImageFactory,
    photo_upload,
    plain_upload,
)
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import StoredMedia, assert_storage_consistent
from testing.fake_gemini import FakeGeminiServer

pytestmark = pytest.mark.django_db


def consent_body(**scopes: bool) -> dict[str, object]:
    return {
        "notice_version": PRIVACY_NOTICE_VERSION,
        "send_to_provider": scopes.get("send_to_provider", True),
        "face_matching": scopes.get("face_matching", True),
        "note": "Paper form in HR file 2026-12",
    }


def test_upload_for_a_person_without_consent_is_refused_and_stores_nothing(
    staff_client: APIClient, media_storage: StoredMedia
) -> None:
    person = UserFactory()

    response = staff_client.post(
        "/api/v1/reference-images/",
        {"image": plain_upload((400, 400)), "user_id": str(person.pk)},
        format="multipart",
    )

    assert response.status_code == 409
    assert response.json()["code"] == "consent_required"
    assert "not consented" in response.json()["detail"]
    assert not ReferenceImage.objects.filter(user=person).exists()
    assert media_storage.names() == []
    assert not AuditEvent.objects.filter(subject_user_id=person.pk).exists()


def test_replacing_a_photo_after_consent_was_withdrawn_is_refused(
    user: User, user_client: APIClient, media_storage: StoredMedia
) -> None:
    reference = ReferenceImageFactory(user=user)
    stored = media_storage.names()
    ConsentStepFactory(
        user=user,
        change="withdraw",
        send_to_provider=False,
        face_matching=False,
        withdrawn_at=timezone.now(),
    )

    response = user_client.post(
        f"/api/v1/reference-images/{reference.pk}/upload-image/",
        {"image": plain_upload((500, 500))},
        format="multipart",
    )

    assert (response.status_code, response.json()["code"]) == (409, "consent_required")
    assert media_storage.names() == stored


def upload_identity_image(client: APIClient, identity: Identity) -> Response:
    return client.patch(
        f"/api/v1/identities/{identity.pk}/upload-image/",
        {"image": plain_upload((500, 500))},
        format="multipart",
    )


def test_an_identity_image_of_a_person_without_consent_is_refused_and_nothing_stored(
    staff_client: APIClient, media_storage: StoredMedia
) -> None:
    identity = IdentityFactory(user=UserFactory())  # never consented

    response = upload_identity_image(staff_client, identity)

    assert response.status_code == 409
    assert response.json()["code"] == "consent_required"
    assert "not consented" in response.json()["detail"]
    assert not IdentityImageVersion.objects.filter(identity=identity).exists()
    assert media_storage.names() == []
    assert not AuditEvent.objects.filter(subject_user_id=identity.user_id).exists()


def test_an_identity_image_after_full_withdrawal_is_refused(
    user: User, user_client: APIClient, media_storage: StoredMedia
) -> None:
    identity = IdentityFactory(user=user)
    assert upload_identity_image(user_client, identity).status_code == 200
    stored = media_storage.names()
    ConsentStepFactory(
        user=user,
        change=ConsentChange.WITHDRAW,
        send_to_provider=False,
        face_matching=False,
        withdrawn_at=timezone.now(),
    )

    response = upload_identity_image(user_client, identity)

    assert (response.status_code, response.json()["code"]) == (409, "consent_required")
    assert IdentityImageVersion.objects.filter(identity=identity).count() == 1
    assert media_storage.names() == stored


def test_an_identity_image_whose_consent_is_withdrawn_while_it_is_stored_is_not_kept(
    user: User,
    user_client: APIClient,
    media_storage: StoredMedia,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    identity = IdentityFactory(user=user)
    module = importlib.import_module("apps.identities.functions.public.upload_identity_image")
    store = module.store_image_files

    def stored_then_withdrawn(**kwargs: Any) -> Any:
        stored = store(**kwargs)
        ConsentStepFactory(
            user=user,
            change=ConsentChange.WITHDRAW,
            send_to_provider=False,
            face_matching=False,
            withdrawn_at=timezone.now(),
        )
        return stored

    monkeypatch.setattr(module, "store_image_files", stored_then_withdrawn)

    response = upload_identity_image(user_client, identity)

    assert (response.status_code, response.json()["code"]) == (409, "consent_required")
    assert not IdentityImageVersion.objects.filter(identity=identity).exists()
    assert media_storage.names() == []  # the files stored meanwhile went again


def test_a_person_records_and_reads_their_own_consent(user_client: APIClient) -> None:
    person = UserFactory()
    client = APIClient()
    client.force_authenticate(person)
    assert client.get(f"/api/v1/users/{person.pk}/consent/").json()["active"] is False

    recorded = client.post(
        f"/api/v1/users/{person.pk}/consent/", consent_body(face_matching=False), format="json"
    )

    assert recorded.status_code == 201
    state = client.get(f"/api/v1/users/{person.pk}/consent/").json()
    assert state["active"] is True
    assert (state["send_to_provider"], state["face_matching"]) == (True, False)
    assert state["recorded_by"] == str(person.pk)
    assert state["notice_version"] == PRIVACY_NOTICE_VERSION
    # Nobody else but staff reads or records it.
    assert user_client.get(f"/api/v1/users/{person.pk}/consent/").status_code == 403
    assert (
        user_client.post(
            f"/api/v1/users/{person.pk}/consent/", consent_body(), format="json"
        ).status_code
        == 403
    )


def test_consent_under_an_old_notice_is_refused(staff_client: APIClient) -> None:
    person = UserFactory()

    response = staff_client.post(
        f"/api/v1/users/{person.pk}/consent/",
        {**consent_body(), "notice_version": "2020-01"},
        format="json",
    )

    assert response.status_code == 400
    assert "notice has changed" in response.json()["fields"]["notice_version"][0]
    assert not PersonConsent.objects.filter(user=person).exists()


def test_withdrawing_face_matching_keeps_the_photos(
    user: User, staff_client: APIClient, media_storage: StoredMedia
) -> None:
    photos = [ReferenceImageFactory(user=user, image_file=photo_upload()) for _ in range(2)]
    assert all(photo.face_embedding is not None for photo in photos)
    stored = media_storage.names()

    response = staff_client.post(
        f"/api/v1/users/{user.pk}/consent/withdraw/", {"scopes": ["face_matching"]}, format="json"
    )

    assert response.status_code == 200
    assert (response.json()["active"], response.json()["face_matching"]) == (True, False)
    assert response.json()["send_to_provider"] is True
    assert media_storage.names() == stored
    # The embeddings (the biometric data) are gone at once, and so is the comparison.
    left = ReferenceImage.objects.filter(user=user)
    assert [(photo.face_embedding, photo.match_to_others) for photo in left] == [(None, None)] * 2
    # And nothing of the person is embedded again while face matching is off.
    new_photo = ReferenceImageFactory(user=user, image_file=photo_upload())
    new_photo.refresh_from_db()
    assert new_photo.face_embedding is None


@pytest.mark.stack
def test_withdrawing_everything_deletes_the_photos_with_their_files(
    user: User,
    staff_client: APIClient,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    ReferenceImageFactory(user=user)
    ReferenceImageFactory(user=user)
    kept = ReferenceImageFactory(user=UserFactory())  # someone else's

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"/api/v1/users/{user.pk}/consent/withdraw/", {})

    assert response.status_code == 200
    assert response.json()["active"] is False
    assert list(ReferenceImage.objects.all()) == [kept]
    assert len(media_storage.names()) == 4  # the other person's photo's files
    assert_storage_consistent()
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_WITHDRAW)
    assert event.details == {
        "given_by": "staff",
        "scopes": ["face_matching", "send_to_provider"],
        "reference_photos_deleted": 2,
        "face_embeddings_deleted": 0,  # plain photos: no face was embedded
        "poster_likeness_deleted": 0,
        "queued_jobs_cancelled": 0,
    }
    again = staff_client.post(f"/api/v1/users/{user.pk}/consent/withdraw/", {})
    assert (again.status_code, again.json()["code"]) == (409, "no_consent")


def test_generating_with_gemini_needs_consent_to_send_the_photos(
    fake_gemini: FakeGeminiServer, staff_client: APIClient
) -> None:
    person = UserFactory()
    TestScenario.objects.create(name="Scenario", user=person)
    PersonConsentFactory(user=person, send_to_provider=False)
    ReferenceImageFactory(user=person, image_file=photo_upload())
    body = {"identity_id": str(IdentityFactory(user=person).pk), "user_id": str(person.pk)}

    response = staff_client.post("/api/v1/image-generation/generate/", body, format="json")

    assert response.status_code == 409
    assert response.json()["code"] == "consent_required"
    assert "sent to the image provider" in response.json()["detail"]
    assert not GenerationJob.objects.exists()
    assert fake_gemini.requests == []


def test_the_offline_provider_needs_no_consent_to_send_photos(
    staff_client: APIClient, settings
) -> None:
    settings.IMAGE_PROVIDER = "local"
    person = UserFactory()
    TestScenario.objects.create(name="Scenario", user=person)
    PersonConsentFactory(user=person, send_to_provider=False)
    reference = ReferenceImageFactory(user=person, image_file=photo_upload())
    body = {"identity_id": str(IdentityFactory(user=person).pk), "user_id": str(person.pk)}

    response = staff_client.post("/api/v1/image-generation/generate/", body, format="json")

    assert response.status_code == 202
    reference.refresh_from_db()
    assert reference.last_used_at is not None  # retention counts from here


def test_the_notice_says_where_photos_go_and_for_how_long(user_client: APIClient, settings) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    settings.REFERENCE_PHOTO_RETENTION_DAYS = 200

    notice = user_client.get("/api/v1/privacy/notice/").json()

    assert notice["version"] == PRIVACY_NOTICE_VERSION
    assert "up to 5 photos of you" in notice["text"]  # MAX_REFERENCE_IMAGES
    assert "Google" in notice["text"]
    assert "55 days" in notice["text"]
    assert "200 days" in notice["text"]
    assert notice["reference_photo_retention_days"] == 200
    assert notice["send_to_provider_scope"] == (
        "their photos are sent to Google's Gemini API to draw posters"
    )


def test_offline_the_notice_and_the_scope_agree_that_nothing_is_sent(
    user_client: APIClient, settings
) -> None:
    settings.IMAGE_PROVIDER = "local"

    notice = user_client.get("/api/v1/privacy/notice/").json()

    assert "your photos are not sent to anyone else" in notice["text"]
    assert "today nothing is sent" in notice["send_to_provider_scope"]
    assert "Google" not in notice["text"] + notice["send_to_provider_scope"]
