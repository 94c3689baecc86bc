"""The media flows against S3: moto in server mode, through django-storages' S3Storage."""

import time
from collections.abc import Callable, Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import requests
from botocore.exceptions import ClientError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from apps.identities.tests.factories import (
    IdentityFactory,
    delete_identity_image_version_as_owner,
    png_upload,
    upload_identity_image_as_owner,
)
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from testing import FIXTURE_IMAGES, S3Bucket, assert_storage_consistent

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def s3_client() -> Any:
    """The boto3 client the default storage talks to S3 with."""
    return default_storage.connection.meta.client  # type: ignore[attr-defined]


@pytest.fixture
def s3_calls() -> Iterator[list[str]]:
    """The name of every S3 operation the default storage makes while the test runs."""
    calls: list[str] = []

    def record(model: Any, **_kwargs: Any) -> None:
        calls.append(model.name)

    events = s3_client().meta.events
    events.register("before-call.s3", record)
    yield calls
    events.unregister("before-call.s3", record)


def upload_reference(client: APIClient) -> dict[str, Any]:
    photo = SimpleUploadedFile(
        "astronaut.png", (FIXTURE_IMAGES / "astronaut.png").read_bytes(), content_type="image/png"
    )
    response = client.post("/api/v1/reference-images/", {"image": photo}, format="multipart")
    assert response.status_code == 201, response.content
    return response.json()


def test_a_reference_upload_then_delete_leaves_the_bucket_empty(
    s3_storage: S3Bucket, user_client: APIClient, django_capture_on_commit_callbacks
) -> None:
    reference = upload_reference(user_client)
    keys = s3_storage.keys()
    assert len(keys) == 4  # original, normalised derivative and two renditions
    assert any("__sized__" in key for key in keys)

    with django_capture_on_commit_callbacks(execute=True):
        response = user_client.delete(f"/api/v1/reference-images/{reference['id']}/")

    assert response.status_code == 204
    assert s3_storage.key_count() == 0


def test_a_reference_upload_makes_four_s3_requests_one_put_per_object(
    s3_storage: S3Bucket, user_client: APIClient, s3_calls: list[str]
) -> None:
    """No existence check (HEAD) per save and no delete of renditions that cannot exist yet:
    every name is random or derived from a random name."""
    upload_reference(user_client)

    assert s3_calls == ["PutObject"] * 4  # original, model derivative, medium, thumbnail


def test_an_identity_upload_makes_one_put_per_object(
    s3_storage: S3Bucket, user: User, user_client: APIClient, s3_calls: list[str]
) -> None:
    identity = IdentityFactory(user=user)

    response = user_client.patch(
        f"/api/v1/identities/{identity.id}/upload-image/",
        {"image": png_upload()},
        format="multipart",
    )

    assert response.status_code == 200, response.content
    assert s3_calls == ["PutObject"] * 3  # the image, medium, thumbnail


def test_a_deleted_identity_image_version_removes_its_objects_only_after_commit(
    s3_storage: S3Bucket, django_capture_on_commit_callbacks
) -> None:
    first = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk, image_file=png_upload(), name="first.png"
    )
    old_keys = s3_storage.keys()
    assert len(old_keys) == 3  # the image and its two renditions

    identity = upload_identity_image_as_owner(
        identity_id=first.pk, image_file=png_upload(), name="second.png"
    )
    assert set(old_keys) < set(s3_storage.keys())  # a new version; the first keeps its files
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        delete_identity_image_version_as_owner(
            identity_id=identity.pk, version_id=first.current_version_id
        )
    assert set(old_keys) < set(s3_storage.keys())  # nothing removed before the commit

    for callback in callbacks:
        callback()

    new_keys = s3_storage.keys()
    assert len(new_keys) == 3
    assert not set(old_keys) & set(new_keys)
    assert identity.image.name in new_keys


def test_urls_are_presigned_and_the_bare_object_url_is_refused(
    s3_storage: S3Bucket, user_client: APIClient
) -> None:
    upload_reference(user_client)
    image = user_client.get("/api/v1/reference-images/").json()[0]["image"]
    urls = [image["full_size"], image["medium"], image["thumbnail"]]

    for url in urls:
        query = urlsplit(url).query
        assert "X-Amz-Signature=" in query or "Signature=" in query, url
        assert "X-Amz-Expires=" in query or "Expires=" in query, url
        assert requests.get(url, timeout=10).status_code == 200
        bare = urlunsplit(urlsplit(url)._replace(query=""))
        assert requests.get(bare, timeout=10).status_code == 403


def test_the_reference_list_makes_no_storage_request(
    s3_storage: S3Bucket, user: User, user_client: APIClient, s3_calls: list[str]
) -> None:
    for order in range(5):
        ReferenceImageFactory(user=user, order=order)
    s3_calls.clear()

    response = user_client.get("/api/v1/reference-images/")

    assert response.status_code == 200
    assert len(response.json()) == 5
    assert s3_calls == []


@pytest.fixture
def queued_job(s3_storage: S3Bucket, user: User) -> GenerationJob:
    references = [ReferenceImageFactory(user=user, order=order) for order in (0, 1)]
    return GenerationJobFactory(
        identity=IdentityFactory(user=user),
        reference_image_ids=[str(reference.pk) for reference in references],
    )


def refuse_nth_put(n: int) -> Callable[..., None]:
    """A botocore hook that makes the n-th PutObject fail as S3 does when it is unavailable."""
    seen = 0

    def hook(**_kwargs: Any) -> None:
        nonlocal seen
        seen += 1
        if seen == n:
            raise ClientError(
                {"Error": {"Code": "ServiceUnavailable", "Message": "Please reduce your rate."}},
                "PutObject",
            )

    return hook


@pytest.mark.parametrize("failing_put", [1, 2], ids=["poster", "rendition"])
def test_a_storage_failure_on_s3_fails_the_job_and_leaves_nothing_behind(
    queued_job: GenerationJob,
    s3_storage: S3Bucket,
    failing_put: int,
    record_property: Callable[[str, object], None],
) -> None:
    keys_before = s3_storage.keys()
    hook = refuse_nth_put(failing_put)
    events = s3_client().meta.events
    events.register("before-call.s3.PutObject", hook)
    started = time.monotonic()
    try:
        job = run_generation_job(job_id=queued_job.pk)
    finally:
        events.unregister("before-call.s3.PutObject", hook)
    elapsed = time.monotonic() - started
    record_property("seconds_to_final_state", round(elapsed, 2))

    assert job is not None
    job.refresh_from_db()
    assert (job.status, job.error_code) == (GenerationJob.Status.FAILED, "storage_error")
    assert not job.image
    assert elapsed < 10
    assert s3_storage.keys() == keys_before
    assert_storage_consistent()
    assert ReferenceImage.objects.count() == 2
