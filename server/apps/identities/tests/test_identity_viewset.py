from io import BytesIO
from typing import Any

import pytest
from PIL import Image
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.identities.tests.factories import IdentityFactory, png_upload
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from testing import StoredMedia

pytestmark = pytest.mark.django_db


def upload_image(client: APIClient, identity: Identity, image: object = None) -> Any:
    """PATCH the identity's upload-image endpoint with `image` (a PNG by default)."""
    return client.patch(
        f"/api/v1/identities/{identity.id}/upload-image/",
        {"image": image or png_upload()},
        format="multipart",
    )


def test_owner_lists_only_their_identities(user_client: APIClient, user: User) -> None:
    mine = IdentityFactory(user=user)
    IdentityFactory()

    response = user_client.get("/api/v1/identities/")

    assert response.status_code == 200
    assert [item["id"] for item in response.json()] == [str(mine.id)]


def test_staff_filters_by_user_id(staff_client: APIClient, user: User, other_user: User) -> None:
    IdentityFactory(user=user)
    theirs = IdentityFactory(user=other_user)

    response = staff_client.get("/api/v1/identities/", {"user_id": str(other_user.id)})

    assert [item["id"] for item in response.json()] == [str(theirs.id)]


def test_staff_without_user_id_list_the_same_person_for_identities_and_photos(
    staff_client: APIClient, staff_user: User, user: User
) -> None:
    mine = IdentityFactory(user=staff_user)
    IdentityFactory(user=user)
    my_photo = ReferenceImageFactory(user=staff_user)
    ReferenceImageFactory(user=user)

    identities = staff_client.get("/api/v1/identities/").json()
    photos = staff_client.get("/api/v1/reference-images/").json()

    assert [item["id"] for item in identities] == [str(mine.pk)]
    assert [item["id"] for item in photos] == [str(my_photo.pk)]


def test_bad_user_id_filter_is_a_400(staff_client: APIClient) -> None:
    response = staff_client.get("/api/v1/identities/", {"user_id": "nope"})

    assert response.status_code == 400
    assert response.json()["fields"] == {"user_id": ["Must be a valid UUID."]}


def test_owner_creates_updates_and_deletes(user_client: APIClient, user: User) -> None:
    created = user_client.post(
        "/api/v1/identities/",
        {"name": "Creative Visionary", "category": "Career", "i_am_statement": "I am creative."},
        format="json",
    )
    assert created.status_code == 201
    identity_id = created.json()["id"]
    assert created.json()["user"] == str(user.id)

    updated = user_client.patch(
        f"/api/v1/identities/{identity_id}/", {"name": "Bold Visionary"}, format="json"
    )
    assert updated.status_code == 200
    assert Identity.objects.get(pk=identity_id).name == "Bold Visionary"

    assert user_client.delete(f"/api/v1/identities/{identity_id}/").status_code == 204
    assert not Identity.objects.filter(pk=identity_id).exists()


def test_non_staff_cannot_create_for_another_user(user_client: APIClient, other_user: User) -> None:
    response = user_client.post(
        "/api/v1/identities/", {"name": "X", "user_id": str(other_user.id)}, format="json"
    )

    assert response.status_code == 403
    assert not Identity.objects.exists()


def test_staff_creates_for_another_user(staff_client: APIClient, other_user: User) -> None:
    response = staff_client.post(
        "/api/v1/identities/", {"name": "Leader", "user_id": str(other_user.id)}, format="json"
    )

    assert response.status_code == 201
    assert Identity.objects.get().user == other_user


@pytest.mark.stack
def test_upload_image_stores_file_and_renditions(
    user_client: APIClient, user: User, media_storage: StoredMedia
) -> None:
    identity = IdentityFactory(user=user)

    response = upload_image(user_client, identity)

    assert response.status_code == 200
    body = response.json()
    assert set(body["image"]) == {"full_size", "medium", "thumbnail"}
    assert (body["image_width"], body["image_height"]) == (640, 360)
    assert len(media_storage.names()) == 3  # original + medium + thumbnail
    for url in body["image"].values():
        with Image.open(BytesIO(media_storage.read_url(url, user_client))) as stored:
            assert stored.width <= 640


@pytest.mark.stack
def test_deleting_an_identity_removes_its_files(
    user_client: APIClient,
    user: User,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    identity = IdentityFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        upload_image(user_client, identity)

    with django_capture_on_commit_callbacks(execute=True):
        user_client.delete(f"/api/v1/identities/{identity.id}/")

    assert media_storage.names() == []


def test_upload_of_a_non_image_is_a_400_and_stores_nothing(
    user_client: APIClient, user: User, media_storage: StoredMedia
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    identity = IdentityFactory(user=user)
    fake = SimpleUploadedFile("poster.png", b"<svg onload=alert(1)>", content_type="image/png")

    response = upload_image(user_client, identity, fake)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid_image"
    assert media_storage.names() == []
