"""A request the actor may not make is a 403 whatever its body holds: who may act is checked
before the body is validated (and before an upload is decoded), one case per route where the
refusal depends on whom the request is for."""

import pytest
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.privacy.models import PersonConsent
from apps.reference_images.models import ReferenceImage
from apps.users.models import User

pytestmark = pytest.mark.django_db

REFUSED = "Only admins can act for another user."


def test_creating_an_identity_for_someone_else(user_client: APIClient, other_user: User) -> None:
    response = user_client.post(
        "/api/v1/identities/", {"user_id": str(other_user.pk), "name": ""}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["detail"] == REFUSED
    assert not Identity.objects.exists()


def test_uploading_a_photo_for_someone_else(user_client: APIClient, other_user: User) -> None:
    response = user_client.post(
        "/api/v1/reference-images/",
        {"user_id": str(other_user.pk), "order": "ninety"},  # no image, and a bad slot
        format="multipart",
    )

    assert response.status_code == 403
    assert response.json()["detail"] == REFUSED
    assert not ReferenceImage.objects.exists()


def test_recording_someone_elses_consent(user_client: APIClient, other_user: User) -> None:
    response = user_client.post(
        f"/api/v1/users/{other_user.pk}/consent/", {"send_to_provider": "maybe"}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["detail"] == REFUSED


def test_withdrawing_someone_elses_consent(user_client: APIClient, other_user: User) -> None:
    response = user_client.post(
        f"/api/v1/users/{other_user.pk}/consent/withdraw/", {"scopes": ["x"]}, format="json"
    )

    assert response.status_code == 403
    assert response.json()["detail"] == REFUSED
    assert PersonConsent.objects.get(user=other_user).covers(None)


def test_a_bad_user_id_is_still_a_400_naming_it(user_client: APIClient) -> None:
    response = user_client.post(
        "/api/v1/identities/", {"user_id": "not-an-id", "name": "New"}, format="json"
    )

    assert response.status_code == 400
    assert response.json()["fields"] == {"user_id": ["Must be a valid UUID."]}


def test_acting_for_yourself_still_validates_the_body(user_client: APIClient) -> None:
    response = user_client.post("/api/v1/identities/", {"name": ""}, format="json")

    assert response.status_code == 400
    assert response.json()["fields"] == {"name": ["This field may not be blank."]}
