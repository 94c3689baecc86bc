from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from apps.core.models import IdempotentRequest
from apps.core.utils import row_file_names
from apps.image_generation.functions.system import (
    delete_generation_batches,
    delete_generation_jobs,
    list_expired_generation_batches,
    list_expired_generation_jobs,
)
from apps.image_generation.models import GenerationBatch, GenerationJob
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
    ended_jobs: int  # failed or cancelled: no poster, but a prompt with the identity's words
    empty_batches: int
    files: int  # deleted once the rows' deletion committed (none on a dry run)
    kept_answers: int  # answers kept for Idempotency-Key retries, past IDEMPOTENCY_KEY_TTL_H
    dry_run: bool


def purge_expired(*, dry_run: bool = False) -> PurgeReport:
    """Delete what is past its retention: reference photos, generation jobs that ended more
    than UNSAVED_POSTER_RETENTION_DAYS ago unsaved and unstarred (posters, failures and
    cancellations alike), the batches left empty, and the answers kept for Idempotency-Key
    retries once no retry may use them. Files go with their rows.

    What is expired is each app's rule (`list_expired_*`); this only deletes it. Runs from the
    worker's schedule (`WORKER_SCHEDULE`) and `manage.py purge_expired`. Each person whose
    data went gets one `retention.purge` event, written with the deletion.
    """
    now = timezone.now()
    photos = list(list_expired_reference_photos(now=now).select_related("user"))
    jobs = list(list_expired_generation_jobs(now=now).select_related("user"))
    batches = list(list_expired_generation_batches(now=now).select_related("user"))
    posters = [job for job in jobs if job.status == GenerationJob.Status.SUCCEEDED]
    files = sum(len(row_file_names(instance=row)) for row in [*photos, *jobs])
    answers = IdempotentRequest.objects.expired()
    kept_answers = answers.count()
    if not dry_run:
        if photos or jobs or batches:
            _delete(photos=photos, jobs=jobs, batches=batches)
        answers.delete()
    return PurgeReport(
        reference_photos=len(photos),
        unsaved_posters=len(posters),
        ended_jobs=len(jobs) - len(posters),
        empty_batches=len(batches),
        files=files,
        kept_answers=kept_answers,
        dry_run=dry_run,
    )


@transaction.atomic
def _delete(
    *, photos: list[ReferenceImage], jobs: list[GenerationJob], batches: list[GenerationBatch]
) -> None:
    people = {photo.user_id: photo.user for photo in photos}
    people.update({job.user_id: job.user for job in jobs})
    people.update({batch.user_id: batch.user for batch in batches})
    for person_id, person in people.items():
        photo_ids = [photo.pk for photo in photos if photo.user_id == person_id]
        job_ids = [job.pk for job in jobs if job.user_id == person_id]
        batch_ids = [batch.pk for batch in batches if batch.user_id == person_id]
        # Their files go once this commits, as for every deleted row.
        delete_reference_photos(person=person, reference_image_ids=photo_ids)
        delete_generation_jobs(person=person, job_ids=job_ids)
        delete_generation_batches(person=person, batch_ids=batch_ids)
        record_audit_event(
            action=AuditEvent.Action.RETENTION_PURGE,
            subject_user_id=person_id,
            details={
                "reference_photo_ids": [str(pk) for pk in photo_ids],
                "generation_job_ids": [str(pk) for pk in job_ids],
                "generation_batch_ids": [str(pk) for pk in batch_ids],
            },
            actor=None,
        )
