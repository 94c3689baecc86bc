"""An upload is decoded and derived outside any transaction, on every route.

On SQLite a transaction is IMMEDIATE: it holds the one write lock from its first statement,
so a decode inside one would make every other writer wait for it. The rows are written
afterwards in a short transaction; a 79-megapixel PNG is refused from its header, before
any pixel is decoded.
"""

from collections.abc import Callable

import pytest
from django.db import connection
from PIL import Image, ImageFile
from rest_framework.test import APIClient

from apps.users.models import User
from testing import (
    UPLOAD_ROUTES,
    UploadRoute,
    assert_storage_consistent,
    image_bytes,
    plain_upload,
    upload,
)

pytestmark = pytest.mark.stack

REFERENCE_IMAGES_URL = "/api/v1/reference-images/"
IDENTITIES_URL = "/api/v1/identities/"


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether a transaction was open at each decode of image pixels."""
    seen: list[bool] = []
    load = ImageFile.ImageFile.load

    def recording_load(self: ImageFile.ImageFile) -> object:
        seen.append(connection.in_atomic_block)
        return load(self)

    monkeypatch.setattr(ImageFile.ImageFile, "load", recording_load)
    return seen


def client_of(user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def _staff_create(owner: User, staff: APIClient) -> object:
    return staff.post(
        REFERENCE_IMAGES_URL, {"image": plain_upload(), "user_id": str(owner.pk)}, "multipart"
    )


def _staff_replace(owner: User, staff: APIClient) -> object:
    made = client_of(owner).post(REFERENCE_IMAGES_URL, {"image": plain_upload()}, "multipart")
    url = f"{REFERENCE_IMAGES_URL}{made.json()['id']}/upload-image/"
    return staff.post(url, {"image": plain_upload()}, "multipart")


def _staff_identity_image(owner: User, staff: APIClient) -> object:
    made = client_of(owner).post(IDENTITIES_URL, {"name": "Leader"}, "json")
    url = f"{IDENTITIES_URL}{made.json()['id']}/upload-image/"
    return staff.patch(url, {"image": plain_upload()}, "multipart")


STAFF_ROUTES: list[Callable[[User, APIClient], object]] = [
    _staff_create,
    _staff_replace,
    _staff_identity_image,
]


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("route", UPLOAD_ROUTES, ids=lambda route: route.id)
def test_an_upload_is_decoded_outside_any_transaction(
    route: UploadRoute, user_client: APIClient, decodes: list[bool]
) -> None:
    url = route.prepare(user_client)
    decodes.clear()

    response = route.send(user_client, url, plain_upload((900, 700)))

    assert response.status_code == route.success_status, response.content
    assert decodes, "the upload was decoded"
    assert not any(decodes), "a decode ran inside a transaction"
    assert_storage_consistent()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("route", STAFF_ROUTES, ids=lambda route: route.__name__.strip("_"))
def test_a_staff_upload_for_another_user_is_decoded_outside_any_transaction(
    route: Callable[[User, APIClient], object],
    user: User,
    staff_client: APIClient,
    decodes: list[bool],
) -> None:
    response = route(user, staff_client)

    assert response.status_code in (200, 201), response.content  # type: ignore[attr-defined]
    assert decodes, "the upload was decoded"
    assert not any(decodes), "a decode ran inside a transaction"
    assert_storage_consistent()


@pytest.mark.django_db
@pytest.mark.parametrize("route", UPLOAD_ROUTES, ids=lambda route: route.id)
def test_a_79_megapixel_png_is_refused_before_any_pixel_is_decoded(
    route: UploadRoute, user_client: APIClient, decodes: list[bool]
) -> None:
    url = route.prepare(user_client)
    decodes.clear()
    bomb = image_bytes(Image.new("1", (10240, 7740)), format="PNG")
    assert len(bomb) < 300_000

    response = route.send(user_client, url, upload(bomb, "wide.png", "image/png"))

    assert response.status_code == 400
    assert response.json()["code"] == "too_many_pixels"
    assert decodes == []
    assert_storage_consistent()
