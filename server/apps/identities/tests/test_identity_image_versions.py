"""Every image an identity has had is a version: uploads and saved posters add one, restore
moves the pointer, deleting a version removes its files, the current one cannot go."""

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from apps.identities.models import Identity, IdentityImageVersion
from apps.identities.tests.factories import (
    IdentityFactory,
    IdentityImageVersionFactory,
    png_upload,
)
from apps.identities.tests.test_identity_viewset import upload_image
from apps.users.models import User
from testing import StoredMedia

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def upload(client: APIClient, identity: Identity, name: str = "a.png") -> dict[str, Any]:
    response = upload_image(client, identity, png_upload(name))
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def versions(client: APIClient, identity: Identity) -> list[dict[str, Any]]:
    response = client.get(f"/api/v1/identities/{identity.id}/versions/")
    assert response.status_code == 200, response.content
    body: list[dict[str, Any]] = response.json()
    return body


def test_each_upload_adds_a_version_and_keeps_the_earlier_files(
    user_client: APIClient,
    user: User,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    identity = IdentityFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        first = upload(user_client, identity, "a.png")
    first_files = set(media_storage.names())
    with django_capture_on_commit_callbacks(execute=True):
        second = upload(user_client, identity, "b.png")

    assert len(first_files) == 3  # the image and two renditions
    assert first_files < set(media_storage.names())  # nothing overwritten or removed
    assert len(media_storage.names()) == 6
    listed = versions(user_client, identity)
    assert [version["id"] for version in listed] == [
        second["current_version"],
        first["current_version"],
    ]  # newest first
    assert [version["is_current"] for version in listed] == [True, False]
    assert {version["source"] for version in listed} == {"upload"}
    assert {version["created_by"] for version in listed} == {str(user.id)}
    assert listed[0]["job"] is None
    assert set(listed[0]["image"]) == {"full_size", "medium", "thumbnail"}
    assert (
        second["image"]["full_size"].split("?")[0] == listed[0]["image"]["full_size"].split("?")[0]
    )


def test_restore_moves_the_pointer_and_restoring_the_previous_undoes_it(
    user_client: APIClient, user: User, media_storage: StoredMedia
) -> None:
    identity = IdentityFactory(user=user)
    first = upload(user_client, identity, "a.png")
    second = upload(user_client, identity, "b.png")
    files = media_storage.names()

    restored = user_client.post(
        f"/api/v1/identities/{identity.id}/versions/{first['current_version']}/restore/"
    )

    assert restored.status_code == 200, restored.content
    assert restored.json()["current_version"] == first["current_version"]
    assert media_storage.names() == files  # a pointer, not a copy
    identity.refresh_from_db()
    assert (
        identity.image.name
        == IdentityImageVersion.objects.get(pk=first["current_version"]).image.name
    )
    assert [v["is_current"] for v in versions(user_client, identity)] == [False, True]

    undone = user_client.post(
        f"/api/v1/identities/{identity.id}/versions/{second['current_version']}/restore/"
    )
    assert undone.json()["current_version"] == second["current_version"]
    assert [v["is_current"] for v in versions(user_client, identity)] == [True, False]


def test_deleting_a_version_removes_its_files_but_the_current_one_is_a_409(
    user_client: APIClient,
    user: User,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    identity = IdentityFactory(user=user)
    first = upload(user_client, identity, "a.png")
    first_files = set(media_storage.names())
    second = upload(user_client, identity, "b.png")

    refused = user_client.delete(
        f"/api/v1/identities/{identity.id}/versions/{second['current_version']}/"
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "current_version"
    assert refused.json()["detail"].startswith("This is the identity's current image")
    assert IdentityImageVersion.objects.filter(identity=identity).count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        deleted = user_client.delete(
            f"/api/v1/identities/{identity.id}/versions/{first['current_version']}/"
        )
    assert deleted.status_code == 204
    assert not first_files & set(media_storage.names())
    assert len(media_storage.names()) == 3
    assert [v["id"] for v in versions(user_client, identity)] == [second["current_version"]]


def test_delete_image_clears_the_pointer_and_keeps_the_versions(
    user_client: APIClient,
    user: User,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    identity = IdentityFactory(user=user)
    upload(user_client, identity)
    files = media_storage.names()

    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.delete(f"/api/v1/identities/{identity.id}/delete-image/")

    assert response.status_code == 200
    assert response.json()["image"] is None
    assert response.json()["current_version"] is None
    assert media_storage.names() == files
    assert [v["is_current"] for v in versions(user_client, identity)] == [False]


def test_deleting_the_identity_deletes_every_versions_files(
    user_client: APIClient,
    user: User,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    identity = IdentityFactory(user=user)
    with django_capture_on_commit_callbacks(execute=True):
        upload(user_client, identity, "a.png")
        upload(user_client, identity, "b.png")
        user_client.post(
            f"/api/v1/identities/{identity.id}/versions/"
            f"{IdentityImageVersion.objects.order_by('created_at').first().pk}/restore/"  # type: ignore[union-attr]
        )
    assert len(media_storage.names()) == 6

    with django_capture_on_commit_callbacks(execute=True):
        assert user_client.delete(f"/api/v1/identities/{identity.id}/").status_code == 204

    assert media_storage.names() == []
    assert not IdentityImageVersion.objects.exists()


def test_a_version_of_another_identity_is_not_found(user_client: APIClient, user: User) -> None:
    mine = IdentityFactory(user=user)
    elsewhere = IdentityImageVersionFactory(identity=IdentityFactory(user=user))

    restore = user_client.post(f"/api/v1/identities/{mine.id}/versions/{elsewhere.pk}/restore/")
    delete = user_client.delete(f"/api/v1/identities/{mine.id}/versions/{elsewhere.pk}/")

    assert restore.status_code == 404
    assert restore.json()["detail"] == "This identity has no image version with this id."
    assert delete.status_code == 404
    assert IdentityImageVersion.objects.filter(pk=elsewhere.pk).exists()
    mine.refresh_from_db()
    assert mine.current_version_id is None


def test_staff_see_anyones_versions_and_others_do_not(
    staff_client: APIClient, api_client: APIClient, user: User, other_user: User
) -> None:
    identity = IdentityFactory(user=user)
    IdentityImageVersionFactory(identity=identity)
    api_client.force_authenticate(other_user)

    assert len(versions(staff_client, identity)) == 1
    assert api_client.get(f"/api/v1/identities/{identity.id}/versions/").status_code == 404


@pytest.mark.parametrize("rows", [1, 40])
def test_the_versions_list_takes_the_same_queries_for_1_and_40_rows(
    user_client: APIClient, user: User, rows: int, record_property: Any
) -> None:
    identity = IdentityFactory(user=user)
    IdentityImageVersionFactory.create_batch(rows, identity=identity)

    with CaptureQueriesContext(connection) as queries:
        assert len(versions(user_client, identity)) == rows

    record_property("queries", len(queries))
    # The identity (scoped to its owner), then the versions with it joined.
    assert len(queries) == 2, [query["sql"] for query in queries]
