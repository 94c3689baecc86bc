import pytest

from apps.reference_images.functions.public import delete_reference_image
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import StoredMedia

from .factories import ReferenceImageFactory

pytestmark = pytest.mark.stack


def test_deleting_removes_the_row_and_every_file(
    user: User, media_storage: StoredMedia, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user)
    assert len(media_storage.names()) == 4

    with django_capture_on_commit_callbacks(execute=True):
        delete_reference_image(actor=reference.user, reference_image_id=reference.pk)

    assert not ReferenceImage.objects.filter(pk=reference.pk).exists()
    assert media_storage.names() == []


def test_files_stay_until_the_delete_is_committed(
    user: User, media_storage: StoredMedia, django_capture_on_commit_callbacks
) -> None:
    reference = ReferenceImageFactory(user=user)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        delete_reference_image(actor=reference.user, reference_image_id=reference.pk)

    assert len(media_storage.names()) == 4
    assert len(callbacks) == 4  # one per file, run once the deletion commits


def test_deleting_one_image_frees_its_slot_and_keeps_the_others(
    user: User, media_storage: StoredMedia
) -> None:
    kept = ReferenceImageFactory(user=user)
    removed = ReferenceImageFactory(user=user)

    delete_reference_image(actor=removed.user, reference_image_id=removed.pk)

    assert list(ReferenceImage.objects.filter(user=user)) == [kept]
    assert ReferenceImageFactory(user=user).order == removed.order
