"""Downloading a poster saves it under a filing name and records who took a copy."""

from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.core.files.base import ContentFile
from PIL import Image
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.privacy.models import AuditEvent
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import StoredMedia, image_bytes, local_media

pytestmark = [pytest.mark.django_db, pytest.mark.stack]

JOBS = "/api/v1/image-generation/jobs"
POSTER = image_bytes(Image.new("RGB", (640, 360), (30, 90, 160)))
MADE = datetime(2026, 12, 2, 10, 30, tzinfo=UTC)


def poster_of(person: User, identity_name: str = "Creative Visionary") -> GenerationJob:
    identity = IdentityFactory(user=person, name=identity_name)
    job = GenerationJobFactory(identity=identity, status="succeeded", mime_type="image/jpeg")
    job.image.save("poster.jpg", ContentFile(POSTER), save=True)
    GenerationJob.objects.filter(pk=job.pk).update(created_at=MADE)
    job.refresh_from_db()
    return job


@pytest.fixture
def maya(db: None) -> User:
    return UserFactory(first_name="Maya", last_name="Okafor", email="maya@example.com")


def test_the_download_saves_the_poster_under_person_identity_date_and_number(
    staff_client: APIClient, staff_user: User, maya: User, media_storage: StoredMedia
) -> None:
    job = poster_of(maya)
    listed = staff_client.get(f"{JOBS}/{job.id}/").json()

    response = staff_client.get(listed["download_url"])

    assert response.status_code == 302
    assert response["Cache-Control"] == "no-store"
    saved = response["Location"]
    assert media_storage.read_url(saved, staff_client) == POSTER
    assert media_storage.content_disposition(saved, staff_client) == (
        'attachment; filename="maya-okafor_creative-visionary_2026-12-02_1.jpg"'
    )
    # The poster shown on the page stays inline.
    inline = media_storage.content_disposition(listed["image_url"], staff_client) or "inline"
    assert inline.startswith("inline")
    [event] = AuditEvent.objects.filter(action=AuditEvent.Action.MEDIA_DOWNLOAD)
    assert (event.actor_id, event.subject_user_id) == (staff_user.id, maya.id)
    assert (event.object_type, event.object_id) == ("image_generation.generationjob", str(job.id))
    assert "maya" not in str(event.details).lower()


def test_the_days_second_poster_of_an_identity_is_number_two(
    staff_client: APIClient, maya: User, media_storage: StoredMedia
) -> None:
    first = poster_of(maya)
    second = GenerationJobFactory(identity=first.identity, status="succeeded")
    second.image.save("poster.jpg", ContentFile(POSTER), save=True)
    GenerationJob.objects.filter(pk=second.pk).update(created_at=MADE + timedelta(hours=1))

    saved = staff_client.get(f"{JOBS}/{second.id}/download/")["Location"]

    disposition = media_storage.content_disposition(saved, staff_client) or ""
    assert disposition.endswith('_2026-12-02_2.jpg"')


def test_a_name_without_latin_letters_falls_back_to_the_email(
    staff_client: APIClient, media_storage: StoredMedia
) -> None:
    person = UserFactory(first_name="مريم", last_name="", email="maryam.h@example.com")
    job = poster_of(person, identity_name="نجمة")

    saved = staff_client.get(f"{JOBS}/{job.id}/download/")["Location"]

    assert media_storage.content_disposition(saved, staff_client) == (
        'attachment; filename="maryamh_identity_2026-12-02_1.jpg"'
    )


def test_a_job_without_a_poster_has_nothing_to_download(
    staff_client: APIClient, maya: User
) -> None:
    job = GenerationJobFactory(identity=IdentityFactory(user=maya), status="failed")

    assert staff_client.get(f"{JOBS}/{job.id}/").json()["download_url"] is None
    response = staff_client.get(f"{JOBS}/{job.id}/download/")

    assert response.status_code == 404
    assert response.json()["detail"] == "This job has no poster to download."
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.MEDIA_DOWNLOAD).exists()


def test_only_staff_may_download(user_client: APIClient, maya: User) -> None:
    job = poster_of(maya)

    assert user_client.get(f"{JOBS}/{job.id}/download/").status_code == 403
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.MEDIA_DOWNLOAD).exists()


def test_a_local_download_link_cannot_be_renamed(
    staff_client: APIClient, maya: User, tmp_path: Path
) -> None:
    with local_media(tmp_path):
        job = poster_of(maya)
        saved = urlsplit(staff_client.get(f"{JOBS}/{job.id}/download/")["Location"])
        query = {key: values[0] for key, values in parse_qs(saved.query).items()}
        query["download"] = "invoice.exe"

        response = staff_client.get(f"{saved.path}?{urlencode(query)}")

    assert response.status_code == 403
