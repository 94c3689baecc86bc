"""A person's data, downloaded: a ZIP streamed from storage (local, and S3 on either stack) that
holds exactly what its manifest lists, for staff and for the person themself, audited."""

import hashlib
import io
import json
import zipfile

import pytest
from django.core.files.storage import default_storage
from django.http import StreamingHttpResponse
from rest_framework.test import APIClient

from apps.core.tests.test_deleting_rows_deletes_their_files import (
    files,  # noqa: F401 - the fixture: local storage (or S3 on that stack), then S3
    person_with_files,
)
from apps.privacy.models import AuditEvent
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from testing import StoredMedia

pytestmark = pytest.mark.django_db


def download(client: APIClient, person: User) -> tuple[zipfile.ZipFile, dict]:
    response = client.get(f"/api/v1/users/{person.pk}/export/")
    assert response.status_code == 200, response.content
    assert isinstance(response, StreamingHttpResponse)  # sent as it is made
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.testzip() is None
    return archive, json.loads(archive.read("manifest.json"))


def test_the_zip_holds_what_the_manifest_lists(
    files: StoredMedia,  # noqa: F811
    user: User,
    other_user: User,
    staff_client: APIClient,
    staff_user: User,
) -> None:
    identity, job, reference = person_with_files(user)
    second = ReferenceImageFactory(user=user, order=3)
    ReferenceImageFactory(user=other_user)  # not theirs: not exported

    archive, manifest = download(staff_client, user)

    listed = manifest["files"]
    assert sorted(archive.namelist()) == sorted(
        [entry["path"] for entry in listed] + ["manifest.json"]
    )
    for entry in listed:
        data = archive.read(entry["path"])
        assert (len(data), hashlib.sha256(data).hexdigest()) == (entry["size"], entry["sha256"])
    by_kind: dict[str, set[str]] = {}
    for entry in listed:
        by_kind.setdefault(entry["kind"], set()).add(entry["id"])
    version = identity.current_version
    assert by_kind == {
        "reference_photo": {str(reference.pk), str(second.pk)},
        "reference_photo_rows": {""},
        "poster": {str(job.pk)},
        "generation_job_rows": {""},
        "generation_batch_rows": {""},
        "identity_version": {str(version.pk)},
        "identity_rows": {""},
        "identity_version_rows": {""},
        "consent_history": {""},
        "audit_events": {""},
    }
    poster = next(entry for entry in listed if entry["kind"] == "poster")
    with default_storage.open(job.image.name, "rb") as stored:
        assert archive.read(poster["path"]) == stored.read()  # the poster as stored
    assert manifest["person_id"] == str(user.pk)
    assert manifest["exported_by"] == str(staff_user.pk)
    photos = json.loads(archive.read("reference_photos.json"))
    assert {row["id"] for row in photos} == {str(reference.pk), str(second.pk)}
    assert json.loads(archive.read("consent.json"))[0]["user_id"] == str(user.pk)
    events = json.loads(archive.read("audit_events.json"))
    assert "person.export" in {event["action"] for event in events}
    assert {event["subject_user_id"] for event in events} == {str(user.pk)}


def test_the_request_is_audited(user: User, staff_client: APIClient, staff_user: User) -> None:
    download(staff_client, user)

    event = AuditEvent.objects.get(action=AuditEvent.Action.PERSON_EXPORT)
    assert (event.subject_user_id, event.actor_id, event.object_id) == (
        user.pk,
        staff_user.pk,
        str(user.pk),
    )
    assert event.ip == "127.0.0.1"


def test_a_person_downloads_their_own_data(user: User, user_client: APIClient) -> None:
    ReferenceImageFactory(user=user)

    _archive, manifest = download(user_client, user)

    assert [entry["kind"] for entry in manifest["files"]].count("reference_photo") == 1


def test_a_person_with_nothing_gets_the_listings_only(user: User, user_client: APIClient) -> None:
    archive, manifest = download(user_client, user)

    assert json.loads(archive.read("reference_photos.json")) == []
    assert {entry["kind"] for entry in manifest["files"]} >= {"consent_history", "audit_events"}


def test_no_one_else_downloads_a_persons_data(user: User, other_user: User) -> None:
    client = APIClient()
    client.force_authenticate(other_user)

    response = client.get(f"/api/v1/users/{user.pk}/export/")

    assert response.status_code == 403
    assert response.json()["detail"] == "Only admins can act for another user."
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PERSON_EXPORT).exists()


def test_an_unknown_person_is_a_404_for_staff(staff_client: APIClient) -> None:
    response = staff_client.get("/api/v1/users/00000000-0000-4000-8000-000000000000/export/")

    assert response.status_code == 404
