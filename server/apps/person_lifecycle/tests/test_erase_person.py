import pytest
from django.db.models import Q
from rest_framework.test import APIClient

from apps.core.tests.test_deleting_rows_deletes_their_files import (
    files,  # noqa: F401 - the fixture: local storage (or S3 on that stack), then S3
    person_with_files,
)
from apps.core.utils import image_file_names
from apps.identities.models import Identity
from apps.image_generation.models import GenerationJob
from apps.privacy.functions.admin import create_consent_link
from apps.privacy.models import AuditEvent, ConsentLink, PersonConsent
from apps.privacy.tests.factories import ConsentStepFactory
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from testing import StoredMedia, assert_storage_consistent

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def rows_of(person: User) -> dict[str, int]:
    return {
        "reference photos": ReferenceImage.objects.filter(user=person).count(),
        "generation jobs": GenerationJob.objects.filter(user=person).count(),
        "identity images": Identity.objects.filter(user=person)
        .exclude(Q(image="") | Q(image__isnull=True))
        .count(),
        "consent": PersonConsent.objects.filter(user=person).count(),
        "consent links": ConsentLink.objects.filter(user=person).count(),
    }


# Committed for real, as a request is: the files go after the commit, before the answer.
@pytest.mark.django_db(transaction=True)
def test_erase_leaves_no_row_and_no_file_of_the_person(
    files: StoredMedia,  # noqa: F811
    user: User,
    other_user: User,
    staff_client: APIClient,
    staff_user: User,
) -> None:
    identity, _job, _reference = person_with_files(user)
    ReferenceImageFactory(user=user)
    kept = ReferenceImageFactory(user=other_user)
    kept_files = sorted([*image_file_names(kept.image), kept.model_image.name])
    assert len(files.names()) == 14 + len(kept_files)
    ConsentStepFactory(user=user, face_matching=False)  # a second step of their history
    create_consent_link(created_by=staff_user, user_id=user.pk)
    create_consent_link(created_by=staff_user, user_id=user.pk)  # revokes the first
    others_link = create_consent_link(created_by=staff_user, user_id=other_user.pk).link

    response = staff_client.post(
        f"/api/v1/users/{user.pk}/erase/", {"email": user.email.upper()}, format="json"
    )

    assert response.status_code == 200, response.content
    assert response.json() == {
        "reference_photos": 2,
        "generation_jobs": 1,
        "generation_batches": 0,  # the poster was drawn without one
        "identity_images": 1,
        "consent_records": 2,
        "consent_links": 2,
        "account_deleted": False,
        "sessions": 0,
        "files_removed": 14,
        "files_left": 0,
    }
    assert rows_of(user) == {
        "reference photos": 0,
        "generation jobs": 0,
        "identity images": 0,
        "consent": 0,
        "consent links": 0,
    }
    assert list(ConsentLink.objects.all()) == [others_link]
    assert sorted(files.names()) == kept_files
    assert_storage_consistent()
    identity.refresh_from_db()  # its text stays
    assert identity.name
    assert User.objects.filter(pk=user.pk).exists()
    event = AuditEvent.objects.get(action=AuditEvent.Action.PERSON_ERASE)
    assert (event.subject_user_id, event.actor_id) == (user.pk, staff_user.pk)
    assert str(user.email) not in str(event.details)
    assert event.details["consent_links"] == 2  # counts and ids only


@pytest.mark.django_db(transaction=True)
def test_erase_can_delete_the_account_and_its_identities(
    user: User,
    superuser_client: APIClient,
    media_storage: StoredMedia,
    django_capture_on_commit_callbacks,
) -> None:
    person_with_files(user)

    with django_capture_on_commit_callbacks(execute=True):
        response = superuser_client.post(
            f"/api/v1/users/{user.pk}/erase/",
            {"email": user.email, "delete_account": True},
            format="json",
        )

    assert response.json()["account_deleted"] is True
    assert not User.objects.filter(pk=user.pk).exists()
    assert not Identity.objects.filter(user_id=user.pk).exists()
    assert media_storage.names() == []
    assert_storage_consistent()
    # The log outlives the account: it holds the person's id, nothing else of theirs.
    assert AuditEvent.objects.filter(subject_user_id=user.pk).exists()


def test_erase_without_the_persons_email_changes_nothing(
    user: User, staff_client: APIClient, media_storage: StoredMedia
) -> None:
    person_with_files(user)
    before = (rows_of(user), media_storage.names())

    response = staff_client.post(
        f"/api/v1/users/{user.pk}/erase/", {"email": "someone@example.com"}, format="json"
    )

    assert response.status_code == 400
    assert "nothing was erased" in response.json()["fields"]["email"][0]
    assert (rows_of(user), media_storage.names()) == before
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PERSON_ERASE).exists()


def test_only_staff_erase_someone_else(other_user: User, user_client: APIClient) -> None:
    response = user_client.post(
        f"/api/v1/users/{other_user.pk}/erase/", {"email": other_user.email}, format="json"
    )

    assert response.status_code == 403
    assert PersonConsent.objects.filter(user=other_user).exists()
