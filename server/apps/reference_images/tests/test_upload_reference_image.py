from unittest import mock

import pytest
from django.core.files.storage import default_storage
from rest_framework.exceptions import ValidationError

from apps.core.utils import image_file_names
from apps.reference_images.functions.public import upload_reference_image
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import StoredMedia

from .factories import ReferenceImageFactory, photo_upload, upload

pytestmark = pytest.mark.stack


def all_names(reference: ReferenceImage) -> list[str]:
    return [*image_file_names(reference.image), reference.model_image.name]


def test_new_photo_replaces_the_old_one_and_old_files_go_after_commit(
    user: User, media_storage: StoredMedia, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user, name="First")
    old_names = all_names(reference)
    assert sorted(old_names) == media_storage.names()

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        updated = upload_reference_image(
            actor=reference.user,
            reference_image_id=reference.pk,
            image_file=photo_upload("astronaut"),
        )
        new_names = all_names(updated)
        # Before the commit both sets of files exist.
        assert media_storage.names() == sorted(old_names + new_names)
    for callback in callbacks:
        callback()

    assert media_storage.names() == sorted(new_names)
    assert not set(old_names) & set(new_names)
    updated.refresh_from_db()
    assert (updated.name, updated.order) == ("First", reference.order)
    assert (updated.image_width, updated.image_height) == (512, 512)
    assert updated.face_count == 1
    assert updated.quality_warnings == []


def test_a_refused_file_leaves_the_old_photo_intact(
    user: User, media_storage: StoredMedia, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user)
    before_files = media_storage.names()
    before = ReferenceImage.objects.values().get(pk=reference.pk)

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError),
    ):
        upload_reference_image(
            actor=reference.user, reference_image_id=reference.pk, image_file=upload(b"not a photo")
        )

    assert media_storage.names() == before_files
    assert ReferenceImage.objects.values().get(pk=reference.pk) == before


def test_a_storage_failure_mid_replace_removes_the_new_files_and_keeps_the_old(
    user: User, media_storage: StoredMedia
) -> None:
    reference = ReferenceImageFactory(user=user)
    before_files = media_storage.names()
    before = ReferenceImage.objects.values().get(pk=reference.pk)

    with (
        mock.patch(
            "apps.core.utils.store_image_files.store_image_renditions",
            side_effect=OSError("disk full"),
        ),
        pytest.raises(OSError, match="disk full"),
    ):
        upload_reference_image(
            actor=reference.user, reference_image_id=reference.pk, image_file=photo_upload()
        )

    assert media_storage.names() == before_files
    assert ReferenceImage.objects.values().get(pk=reference.pk) == before
    assert all(default_storage.exists(name) for name in all_names(reference))
