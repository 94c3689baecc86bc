from unittest import mock
from uuid import uuid4

import pytest
from django.core.files.storage import FileSystemStorage
from django.test import override_settings
from rest_framework.test import APIClient

from apps.privacy.models import AuditEvent
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import StoredMedia

from .factories import ReferenceImageFactory, photo_upload, plain_upload

URL = "/api/v1/reference-images/"


def detail(reference: ReferenceImage, suffix: str = "") -> str:
    return f"{URL}{reference.pk}/{suffix}"


def client_for(user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status
    body = response.json()
    assert body["code"] == code
    assert isinstance(body["detail"], str)
    assert body["detail"]


# --- list -------------------------------------------------------------------------------


def test_anonymous_cannot_list(api_client: APIClient, user: User) -> None:
    ReferenceImageFactory(user=user)

    assert_error(api_client.get(URL), 403, "not_authenticated")


def test_user_lists_their_own_images_in_slot_order(user_client: APIClient, user: User) -> None:
    second = ReferenceImageFactory(user=user, order=2)
    first = ReferenceImageFactory(user=user, order=0)
    ReferenceImageFactory()  # someone else's

    response = user_client.get(URL)

    assert response.status_code == 200
    assert [item["id"] for item in response.json()] == [str(first.pk), str(second.pk)]


def test_listed_image_has_the_documented_shape(user_client: APIClient, user: User) -> None:
    ReferenceImageFactory(user=user, image_file=photo_upload("astronaut"), name="Face")

    (item,) = user_client.get(URL).json()

    assert set(item) == {
        "id",
        "user",
        "name",
        "order",
        "image",
        "width",
        "height",
        "quality",
        "created_at",
        "updated_at",
        "last_used_at",
        "deletes_at",
        "sent_with_posters",
    }
    assert (item["user"], item["name"], item["order"]) == (str(user.pk), "Face", 0)
    assert item["sent_with_posters"] is True
    assert (item["width"], item["height"]) == (512, 512)
    assert set(item["image"]) == {"full_size", "medium", "thumbnail"}
    assert "signature=" in item["image"]["thumbnail"].lower()  # signed, on disk or S3
    assert item["quality"]["faces"] == 1
    assert len(item["quality"]["face_box"]) == 4
    assert item["quality"]["warnings"] == []


def test_user_cannot_list_another_users_images(user_client: APIClient, other_user: User) -> None:
    ReferenceImageFactory(user=other_user)

    response = user_client.get(URL, {"user_id": str(other_user.pk)})

    assert response.status_code == 403
    assert response.json()["detail"] == "Only admins can act for another user."


def test_staff_list_a_users_images_by_user_id(
    staff_client: APIClient, staff_user: User, user: User
) -> None:
    theirs = ReferenceImageFactory(user=user)
    ReferenceImageFactory(user=staff_user)

    response = staff_client.get(URL, {"user_id": str(user.pk)})

    assert [item["id"] for item in response.json()] == [str(theirs.pk)]


def test_staff_without_user_id_list_their_own(
    staff_client: APIClient, staff_user: User, user: User
) -> None:
    own = ReferenceImageFactory(user=staff_user)
    ReferenceImageFactory(user=user)

    assert [item["id"] for item in staff_client.get(URL).json()] == [str(own.pk)]


def test_a_malformed_user_id_is_a_400(staff_client: APIClient) -> None:
    assert_error(staff_client.get(URL, {"user_id": "nope"}), 400, "invalid")


@pytest.mark.parametrize("count", [1, 5])
def test_list_runs_the_same_queries_however_many_images(
    user: User, count: int, django_assert_num_queries
) -> None:
    for _ in range(count):
        ReferenceImageFactory(user=user)
    client = client_for(user)

    with django_assert_num_queries(1):  # one SELECT: a read opens no transaction
        response = client.get(URL)

    assert len(response.json()) == count


def test_list_builds_urls_without_asking_storage(user_client: APIClient, user: User) -> None:
    for _ in range(3):
        ReferenceImageFactory(user=user)

    with (
        mock.patch.object(FileSystemStorage, "exists", side_effect=AssertionError) as exists,
        mock.patch.object(FileSystemStorage, "open", side_effect=AssertionError) as opened,
    ):
        response = user_client.get(URL)

    assert response.status_code == 200
    assert exists.call_count == 0
    assert opened.call_count == 0


# --- create -----------------------------------------------------------------------------


def test_anonymous_cannot_create(api_client: APIClient, db: None) -> None:
    response = api_client.post(URL, {"image": plain_upload()}, format="multipart")

    assert_error(response, 403, "not_authenticated")
    assert ReferenceImage.objects.count() == 0


def test_user_creates_their_own_image(user_client: APIClient, user: User) -> None:
    response = user_client.post(
        URL, {"image": photo_upload(), "name": "Headshot", "order": "3"}, format="multipart"
    )

    assert response.status_code == 201
    body = response.json()
    assert (body["user"], body["name"], body["order"]) == (str(user.pk), "Headshot", 3)
    assert ReferenceImage.objects.get(pk=body["id"]).user == user


def test_user_cannot_create_for_another_user(user_client: APIClient, other_user: User) -> None:
    response = user_client.post(
        URL, {"image": plain_upload(), "user_id": str(other_user.pk)}, format="multipart"
    )

    assert_error(response, 403, "permission_denied")
    assert ReferenceImage.objects.count() == 0


def test_staff_create_for_a_user(staff_client: APIClient, user: User) -> None:
    response = staff_client.post(
        URL, {"image": plain_upload(), "user_id": str(user.pk)}, format="multipart"
    )

    assert response.status_code == 201
    assert response.json()["user"] == str(user.pk)
    assert ReferenceImage.objects.get().user == user


def test_staff_create_for_an_unknown_user_is_a_404(staff_client: APIClient) -> None:
    response = staff_client.post(
        URL, {"image": plain_upload(), "user_id": str(uuid4())}, format="multipart"
    )

    assert_error(response, 404, "not_found")


def test_create_without_an_image_is_a_400(user_client: APIClient) -> None:
    response = user_client.post(URL, {"name": "x"}, format="multipart")

    assert_error(response, 400, "required")
    assert "image" in response.json()["fields"]


def test_create_in_a_slot_out_of_range_is_a_400(user_client: APIClient) -> None:
    response = user_client.post(URL, {"image": plain_upload(), "order": "5"}, format="multipart")

    assert_error(response, 400, "max_value")
    assert ReferenceImage.objects.count() == 0


def test_sixth_upload_is_a_400_with_a_sentence(user_client: APIClient, user: User) -> None:
    for _ in range(5):
        ReferenceImageFactory(user=user)

    response = user_client.post(URL, {"image": plain_upload()}, format="multipart")

    assert_error(response, 400, "limit_reached")
    assert response.json()["detail"] == "Maximum 5 reference images allowed"


def test_a_file_that_is_not_a_photo_is_a_400(user_client: APIClient) -> None:
    from .factories import upload

    response = user_client.post(
        URL, {"image": upload(b"<html></html>", "x.jpg")}, format="multipart"
    )

    assert_error(response, 400, "invalid_image")
    assert "JPEG, PNG, WebP or HEIC" in response.json()["detail"]


def test_a_file_over_the_limit_is_a_413(user_client: APIClient, media_storage: StoredMedia) -> None:
    with override_settings(IMAGE_UPLOAD_MAX_BYTES=1000):
        response = user_client.post(URL, {"image": plain_upload()}, format="multipart")

    assert_error(response, 413, "file_too_large")
    assert ReferenceImage.objects.count() == 0
    assert media_storage.names() == []


# --- retrieve, update, delete, upload-image --------------------------------------------


@pytest.mark.parametrize(
    ("method", "suffix", "data"),
    [
        ("get", "", None),
        ("patch", "", {"name": "Changed"}),
        ("delete", "", None),
        ("post", "upload-image/", "image"),
    ],
)
@pytest.mark.parametrize(
    ("who", "status"),
    [("anonymous", 403), ("owner", None), ("other", 404), ("staff", None)],
)
def test_detail_routes_reach_only_the_owner_and_staff(
    method: str,
    suffix: str,
    data: object,
    who: str,
    status: int | None,
    user: User,
    other_user: User,
    staff_user: User,
) -> None:
    reference = ReferenceImageFactory(user=user, name="Original")
    before = ReferenceImage.objects.values().get(pk=reference.pk)
    client = {
        "anonymous": APIClient(),
        "owner": client_for(user),
        "other": client_for(other_user),
        "staff": client_for(staff_user),
    }[who]
    payload = {"image": plain_upload()} if data == "image" else data
    fmt = "multipart" if data == "image" else "json"

    response = getattr(client, method)(detail(reference, suffix), payload, format=fmt)

    if status is not None:
        assert_error(response, status, "not_authenticated" if status == 403 else "not_found")
        assert ReferenceImage.objects.values().get(pk=reference.pk) == before
        return
    expected = {"get": 200, "patch": 200, "delete": 204, "post": 200}[method]
    assert response.status_code == expected
    if method == "delete":
        assert not ReferenceImage.objects.filter(pk=reference.pk).exists()
    else:
        assert response.json()["id"] == str(reference.pk)
        assert response.json()["user"] == str(user.pk)


def test_patch_renames_and_moves_to_a_free_slot(user_client: APIClient, user: User) -> None:
    reference = ReferenceImageFactory(user=user, order=0)

    response = user_client.patch(detail(reference), {"name": "Side", "order": 4}, format="json")

    assert response.status_code == 200
    assert (response.json()["name"], response.json()["order"]) == ("Side", 4)
    reference.refresh_from_db()
    assert (reference.name, reference.order) == ("Side", 4)


@pytest.mark.stack
def test_patch_to_a_taken_slot_is_a_400(user_client: APIClient, user: User) -> None:
    reference = ReferenceImageFactory(user=user, order=0)
    ReferenceImageFactory(user=user, order=1)

    response = user_client.patch(detail(reference), {"order": 1}, format="json")

    assert_error(response, 400, "slot_taken")
    assert response.json()["fields"] == {"order": ["Slot 1 is already in use."]}
    reference.refresh_from_db()
    assert reference.order == 0


@pytest.mark.parametrize("order", [5, 7, -1, "two"])
def test_patch_to_a_slot_out_of_range_is_a_400(
    user_client: APIClient, user: User, order: object
) -> None:
    reference = ReferenceImageFactory(user=user, order=0)

    response = user_client.patch(detail(reference), {"order": order}, format="json")

    assert response.status_code == 400
    assert "order" in response.json()["fields"]
    reference.refresh_from_db()
    assert reference.order == 0


def test_upload_image_without_a_file_is_a_400(user_client: APIClient, user: User) -> None:
    reference = ReferenceImageFactory(user=user)

    response = user_client.post(detail(reference, "upload-image/"), {}, format="multipart")

    assert_error(response, 400, "required")


@pytest.mark.stack
def test_upload_image_renames_the_photo_after_the_new_file_in_one_audited_change(
    staff_client: APIClient, user: User
) -> None:
    reference = ReferenceImageFactory(user=user, name="old.jpg")
    before = AuditEvent.objects.count()

    response = staff_client.post(
        detail(reference, "upload-image/"),
        {"image": photo_upload("astronaut"), "name": "new.png"},
        format="multipart",
    )

    assert response.status_code == 200, response.content
    assert response.json()["name"] == "new.png"
    events = AuditEvent.objects.order_by("at")[before:]
    assert [event.action for event in events] == [AuditEvent.Action.REFERENCE_REPLACE]


def test_upload_image_without_a_name_keeps_the_name(user_client: APIClient, user: User) -> None:
    reference = ReferenceImageFactory(user=user, name="Headshot")

    response = user_client.post(
        detail(reference, "upload-image/"), {"image": photo_upload()}, format="multipart"
    )

    assert response.status_code == 200, response.content
    assert response.json()["name"] == "Headshot"


@pytest.mark.stack
def test_delete_through_the_api_leaves_no_files(
    user_client: APIClient,
    user: User,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    reference = ReferenceImageFactory(user=user)

    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.delete(detail(reference))

    assert response.status_code == 204
    assert media_storage.names() == []
