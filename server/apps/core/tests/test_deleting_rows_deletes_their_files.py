"""Every file of a row goes when the row goes, whichever way it is deleted.

Each path (the API, a cascade from an identity to its jobs, the Django admin's delete action
and delete page, a user's deletion, a queryset's bulk delete) runs on local storage and on S3,
and ends with `sweep_storage` finding nothing unreferenced and no row with a missing file.
"""

import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest
from django.contrib import admin
from django.core.files.storage import Storage, storages
from django.db import models, transaction
from django.test import Client, RequestFactory
from rest_framework.test import APIClient

from apps.core.utils import image_file_names
from apps.identities.models import Identity
from apps.identities.tests.factories import (
    IdentityFactory,
    png_upload,
    upload_identity_image_as_owner,
)
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import (
    S3Media,
    StoredMedia,
    assert_storage_consistent,
    plain_upload,
    production_stack,
    s3_media,
)

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


@pytest.fixture(params=["stack"] if production_stack() else ["stack", "s3"])
def files(request: pytest.FixtureRequest, media_storage: StoredMedia) -> Iterator[StoredMedia]:
    """The run's storage (local, or S3 on the production stack), then S3 whatever the stack
    (on the production stack, the run's S3 is that already)."""
    if request.param == "s3" and not isinstance(media_storage, S3Media):
        with s3_media(request.getfixturevalue("moto_s3")) as media:
            yield media
    else:
        yield media_storage


@pytest.fixture
def superuser_browser(db: None) -> Client:
    browser = Client()
    browser.force_login(UserFactory(is_staff=True, is_superuser=True))
    return browser


def poster_job(identity: Identity) -> GenerationJob:
    """A succeeded job of `identity` with its poster and renditions stored (drawn from the
    person's reference photos: a job needs at least one)."""
    references = ReferenceImage.objects.filter(user=identity.user)
    job = GenerationJobFactory(
        identity=identity,
        reference_image_ids=[str(pk) for pk in references.values_list("pk", flat=True)],
    )
    run_generation_job(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == GenerationJob.Status.SUCCEEDED, job.error_message
    return job


def person_with_files(owner: User) -> tuple[Identity, GenerationJob, ReferenceImage]:
    """A reference photo (4 files), an identity with an image (3) and a poster job (3)."""
    reference = ReferenceImageFactory(user=owner)
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory(user=owner).pk, image_file=png_upload(), name="a.png"
    )
    return identity, poster_job(identity), reference


def answers(url: str, media: StoredMedia, client: Client) -> int:
    """The status a browser gets for a file URL the API handed out."""
    if isinstance(media, S3Media):
        try:
            with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local S3
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code
    return client.get(url).status_code


def test_deleting_an_identity_through_the_api_removes_its_jobs_posters_and_urls(
    files: StoredMedia, user: User, user_client: APIClient, django_capture_on_commit_callbacks
) -> None:
    identity, job, _reference = person_with_files(user)
    poster_url = job.image.url
    rendition_url = job.image.thumbnail["320x320"].url
    assert answers(poster_url, files, user_client) == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.delete(f"/api/v1/identities/{identity.pk}/")

    assert response.status_code == 204
    assert not GenerationJob.objects.filter(pk=job.pk).exists()
    assert len(files.names()) == 4  # only the reference photo's files are left
    assert answers(poster_url, files, user_client) == 404
    assert answers(rendition_url, files, user_client) == 404
    assert_storage_consistent()


def test_deleting_a_reference_photo_through_the_api_removes_its_files_once(
    files: StoredMedia, user: User, user_client: APIClient, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user)
    photo_url = reference.image.url

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = user_client.delete(f"/api/v1/reference-images/{reference.pk}/")

    assert response.status_code == 204
    assert files.names() == []
    assert len(callbacks) == 4  # one deletion per file: image, two renditions, model copy
    assert answers(photo_url, files, user_client) == 404
    assert_storage_consistent()


def test_the_admin_delete_action_removes_every_file_of_the_rows(
    files: StoredMedia, user: User, superuser_browser: Client, django_capture_on_commit_callbacks
) -> None:
    identity, _job, reference = person_with_files(user)

    with django_capture_on_commit_callbacks(execute=True):
        reference_page = superuser_browser.post(
            "/admin/reference_images/referenceimage/",
            {"action": "delete_selected", "_selected_action": [reference.pk], "post": "yes"},
        )
        identity_page = superuser_browser.post(
            "/admin/identities/identity/",
            {"action": "delete_selected", "_selected_action": [identity.pk], "post": "yes"},
        )

    assert (reference_page.status_code, identity_page.status_code) == (302, 302)
    assert not GenerationJob.objects.exists()
    assert files.names() == []
    assert_storage_consistent()


def test_the_admin_delete_page_of_a_job_removes_its_poster(
    files: StoredMedia, user: User, superuser_browser: Client, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user)
    identity = IdentityFactory(user=user)
    job = poster_job(identity)
    photo = sorted([*image_file_names(reference.image), reference.model_image.name])
    assert len(files.names()) == len(photo) + 3

    with django_capture_on_commit_callbacks(execute=True):
        page = superuser_browser.post(
            f"/admin/image_generation/generationjob/{job.pk}/delete/", {"post": "yes"}
        )

    assert page.status_code == 302
    assert Identity.objects.filter(pk=identity.pk).exists()
    assert sorted(files.names()) == photo
    assert_storage_consistent()


def test_deleting_a_user_in_the_admin_removes_every_file_of_theirs(
    files: StoredMedia, user: User, superuser_browser: Client, django_capture_on_commit_callbacks
) -> None:
    person_with_files(user)
    kept = ReferenceImageFactory()  # someone else's
    assert len(files.names()) == 14

    with django_capture_on_commit_callbacks(execute=True):
        page = superuser_browser.post(f"/admin/users/user/{user.pk}/delete/", {"post": "yes"})

    assert page.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    assert sorted(files.names()) == sorted([*image_file_names(kept.image), kept.model_image.name])
    assert_storage_consistent()


def test_a_queryset_delete_removes_the_files_of_every_row(
    files: StoredMedia, user: User, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user)
    identity = IdentityFactory(user=user)
    poster_job(identity)
    poster_job(identity)

    with django_capture_on_commit_callbacks(execute=True):
        GenerationJob.objects.filter(identity=identity).only("pk").delete()

    assert sorted(files.names()) == sorted(
        [*image_file_names(reference.image), reference.model_image.name]
    )
    assert_storage_consistent()


def test_files_stay_when_the_deletion_is_rolled_back(files: StoredMedia, user: User) -> None:
    identity, _job, _reference = person_with_files(user)
    stored = files.names()

    def delete_then_fail() -> None:
        with transaction.atomic():
            User.objects.get(pk=user.pk).delete()
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError):
        delete_then_fail()

    assert files.names() == stored
    assert Identity.objects.filter(pk=identity.pk).exists()
    assert_storage_consistent()


def test_no_admin_change_form_can_clear_or_replace_a_file() -> None:
    """Files change only through the functions (the upload pipeline, files retired after
    commit): every file field is read-only wherever the Django admin edits its model."""
    request = RequestFactory().get("/admin/")
    request.user = UserFactory.build(is_staff=True, is_superuser=True)
    editable = []
    for model, model_admin in admin.site._registry.items():
        read_only = set(model_admin.get_readonly_fields(request))
        for field in model._meta.concrete_fields:
            is_file = isinstance(field, models.FileField)
            if is_file and field.editable and field.name not in read_only:
                editable.append(f"{model._meta.label}.{field.name}")
    assert editable == []


def test_the_identity_change_form_ignores_a_clear_of_its_image(
    files: StoredMedia, user: User, superuser_browser: Client
) -> None:
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory(user=user).pk, image_file=png_upload(), name="a.png"
    )
    stored = files.names()

    page = superuser_browser.post(
        f"/admin/identities/identity/{identity.pk}/change/",
        {
            "user": str(user.pk),
            "name": identity.name,
            "category": identity.category,
            "i_am_statement": identity.i_am_statement,
            "order": identity.order,
            "image-clear": "on",
            "image": plain_upload(),
        },
    )

    assert page.status_code == 302
    identity.refresh_from_db()
    assert identity.image.name in stored
    assert files.names() == stored
    assert_storage_consistent()


def test_a_file_that_cannot_be_deleted_is_logged_and_the_deletion_still_succeeds(
    media_storage: StoredMedia,
    user: User,
    user_client: APIClient,
    django_capture_on_commit_callbacks,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    reference = ReferenceImageFactory(user=user)
    stuck = reference.model_image.name
    backend = type(storages["default"])
    delete = backend.delete

    def flaky_delete(self: Storage, name: str) -> None:
        if name == stuck:
            raise OSError("storage unavailable")
        delete(self, name)

    monkeypatch.setattr(backend, "delete", flaky_delete)
    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.delete(f"/api/v1/reference-images/{reference.pk}/")

    assert response.status_code == 204
    assert media_storage.names() == [stuck]
    assert f"Could not delete {stuck}; sweep_storage will find it" in caplog.text
