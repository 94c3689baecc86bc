from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone
from PIL import ImageOps

from apps.core.tests.test_deleting_rows_deletes_their_files import poster_job
from apps.core.utils import image_file_names, row_file_names
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.admin import save_image_to_identity
from apps.image_generation.models import GenerationJob
from apps.person_lifecycle.functions.system import purge_expired
from apps.privacy.models import AuditEvent
from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.reference_images.utils import refresh_match_to_others
from apps.users.models import User
from testing import (
    StoredMedia,
    assert_storage_consistent,
    fixture_image,
    image_bytes,
    upload,
)

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def days_ago(days: int) -> timezone.datetime:
    return timezone.now() - timedelta(days=days)


@pytest.fixture
def aged(user: User, settings) -> dict[str, object]:
    """Photos and posters on both sides of the default retention (365 and 30 days)."""
    settings.REFERENCE_PHOTO_RETENTION_DAYS = 365
    settings.UNSAVED_POSTER_RETENTION_DAYS = 30
    old_photo = ReferenceImageFactory(user=user)
    used_photo = ReferenceImageFactory(user=user)  # uploaded long ago, used lately
    identity = IdentityFactory(user=user)
    old_unsaved = poster_job(identity)
    old_saved = poster_job(identity)
    save_image_to_identity(job_id=old_saved.pk, saved_by=user)
    fresh_unsaved = poster_job(identity)
    ReferenceImage.objects.filter(pk=old_photo.pk).update(created_at=days_ago(400))
    ReferenceImage.objects.filter(pk=used_photo.pk).update(
        created_at=days_ago(400), last_used_at=days_ago(10)
    )
    GenerationJob.objects.filter(pk__in=[old_unsaved.pk, old_saved.pk]).update(
        finished_at=days_ago(31)
    )
    return {
        "old_photo": old_photo,
        "used_photo": used_photo,
        "identity": identity,
        "old_unsaved": old_unsaved,
        "old_saved": old_saved,
        "fresh_unsaved": fresh_unsaved,
    }


def test_purge_deletes_what_expired_with_its_files_and_keeps_saved_posters(
    aged: dict, user: User, media_storage: StoredMedia, django_capture_on_commit_callbacks
) -> None:
    gone = [
        *row_file_names(instance=aged["old_photo"]),
        *row_file_names(instance=aged["old_unsaved"]),
    ]
    before = set(media_storage.names())

    with django_capture_on_commit_callbacks(execute=True):
        report = purge_expired()

    assert (report.reference_photos, report.unsaved_posters, report.files) == (1, 1, len(gone))
    assert list(ReferenceImage.objects.all()) == [aged["used_photo"]]
    assert set(GenerationJob.objects.values_list("pk", flat=True)) == {
        aged["old_saved"].pk,
        aged["fresh_unsaved"].pk,
    }
    assert set(media_storage.names()) == before - set(gone)
    aged["identity"].refresh_from_db()
    assert all(media_storage.exists(name) for name in image_file_names(aged["identity"].image))
    assert_storage_consistent()
    event = AuditEvent.objects.get(action=AuditEvent.Action.RETENTION_PURGE)
    assert (event.subject_user_id, event.actor_id) == (user.pk, None)
    assert event.details == {
        "reference_photo_ids": [str(aged["old_photo"].pk)],
        "generation_job_ids": [str(aged["old_unsaved"].pk)],
        "generation_batch_ids": [],
    }


def test_a_dry_run_counts_and_deletes_nothing(aged: dict, media_storage: StoredMedia) -> None:
    before = media_storage.names()
    out = StringIO()

    call_command("purge_expired", "--dry-run", stdout=out)

    assert out.getvalue().strip() == (
        "1 reference photo(s), 1 unsaved poster(s), 0 failed or cancelled generation(s) and "
        "0 empty batch(es) would be deleted, with 7 file(s); "
        "0 expired Idempotency-Key answer(s) would be deleted."
    )
    assert media_storage.names() == before
    assert ReferenceImage.objects.count() == 2
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.RETENTION_PURGE).exists()


def test_nothing_expired_writes_no_event(user: User) -> None:
    ReferenceImageFactory(user=user)

    report = purge_expired()

    assert (report.reference_photos, report.unsaved_posters) == (0, 0)
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.RETENTION_PURGE).exists()


def test_the_worker_runs_the_purge_on_its_schedule(settings) -> None:
    assert "apps.person_lifecycle.functions.system.purge_expired" in settings.WORKER_SCHEDULE


def test_the_page_is_told_when_each_photo_and_unsaved_poster_goes(aged: dict, staff_client) -> None:
    photos = staff_client.get(f"/api/v1/reference-images/?user_id={aged['used_photo'].user_id}")
    deletes = {item["id"]: item["deletes_at"] for item in photos.json()}
    used = aged["used_photo"]
    used.refresh_from_db()
    assert deletes[str(used.pk)] == (used.last_used_at + timedelta(days=365)).isoformat().replace(
        "+00:00", "Z"
    )

    saved = staff_client.get(f"/api/v1/image-generation/jobs/{aged['old_saved'].pk}/").json()
    fresh = staff_client.get(f"/api/v1/image-generation/jobs/{aged['fresh_unsaved'].pk}/").json()
    assert saved["deletes_at"] is None
    assert fresh["deletes_at"] is not None


def test_purging_a_photo_compares_the_persons_remaining_photos_again(user: User) -> None:
    """The purge deletes through the one path that refreshes the one-person scores: the
    photo of another person going leaves no stale "different person" flag behind."""
    astronaut = fixture_image("astronaut").convert("RGB")
    for order, picture in enumerate([astronaut, ImageOps.mirror(astronaut)]):
        create_reference_image(
            actor=user, image_file=upload(image_bytes(picture)), name=f"{order}", order=order
        )
    stranger = create_reference_image(
        actor=user, image_file=upload(image_bytes(fixture_image("camera"))), name="x", order=2
    )
    stranger.refresh_from_db()
    assert stranger.match_to_others is not None
    ReferenceImage.objects.filter(pk=stranger.pk).update(created_at=days_ago(400))

    purge_expired()

    def scores() -> list[float | None]:
        return [photo.match_to_others for photo in ReferenceImage.objects.order_by("order")]

    after_purge = scores()
    refresh_match_to_others(user=user)
    assert len(after_purge) == 2
    assert None not in after_purge
    assert after_purge == scores()  # what a fresh comparison of the two gives
