from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from apps.core.models import IdempotentRequest
from apps.core.utils import row_file_names
from apps.image_generation.functions.system import (
    delete_generation_jobs,
    list_expired_unsaved_posters,
)
from apps.image_generation.models import GenerationJob
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.reference_images.functions.system import (
    delete_reference_photos,
    list_expired_reference_photos,
)
from apps.reference_images.models import ReferenceImage


@dataclass(frozen=True)
class PurgeReport:
    reference_photos: int
    unsaved_posters: int
    files: int  # deleted once the rows' deletion committed (none on a dry run)
    kept_answers: int  # answers kept for Idempotency-Key retries, past IDEMPOTENCY_KEY_TTL_H
    dry_run: bool


def purge_expired(*, dry_run: bool = False) -> PurgeReport:
    """Delete the reference photos and unsaved posters past their retention, with their files,
    and the answers kept for Idempotency-Key retries once no retry may use them.

    Runs from the worker's schedule (`WORKER_SCHEDULE`) and `manage.py purge_expired`. A
    poster saved to an identity is never purged by this. Each person whose data went gets
    one `retention.purge` event, written with the deletion.
    """
    now = timezone.now()
    photos = list(list_expired_reference_photos(now=now).select_related("user"))
    posters = list(list_expired_unsaved_posters(now=now).select_related("user"))
    files = sum(len(row_file_names(instance=row)) for row in [*photos, *posters])
    answers = IdempotentRequest.objects.expired()
    kept_answers = answers.count()
    if not dry_run:
        if photos or posters:
            _delete(photos=photos, posters=posters)
        answers.delete()
    return PurgeReport(
        reference_photos=len(photos),
        unsaved_posters=len(posters),
        files=files,
        kept_answers=kept_answers,
        dry_run=dry_run,
    )


@transaction.atomic
def _delete(*, photos: list[ReferenceImage], posters: list[GenerationJob]) -> None:
    people = {photo.user_id: photo.user for photo in photos}
    people.update({poster.user_id: poster.user for poster in posters})
    for person_id, person in people.items():
        photo_ids = [photo.pk for photo in photos if photo.user_id == person_id]
        poster_ids = [poster.pk for poster in posters if poster.user_id == person_id]
        # Their files go once this commits, as for every deleted row.
        delete_reference_photos(person=person, reference_image_ids=photo_ids)
        delete_generation_jobs(person=person, job_ids=poster_ids)
        record_audit_event(
            action=AuditEvent.Action.RETENTION_PURGE,
            subject_user_id=person_id,
            details={
                "reference_photo_ids": [str(pk) for pk in photo_ids],
                "generation_job_ids": [str(pk) for pk in poster_ids],
            },
            actor=None,
        )
