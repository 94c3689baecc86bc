from collections import defaultdict
from dataclasses import dataclass
from uuid import UUID

from django.db import transaction
from django.utils import timezone

from apps.core.models import IdempotentRequest
from apps.core.utils import row_file_names
from apps.image_generation.models import GenerationJob
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.privacy.utils import expired_reference_photos, expired_unsaved_posters
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
    photos = list(expired_reference_photos(now=now))
    posters = list(expired_unsaved_posters(now=now))
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
    by_person: dict[UUID, dict[str, list[str]]] = defaultdict(
        lambda: {"reference_photo_ids": [], "generation_job_ids": []}
    )
    for photo in photos:
        by_person[photo.user_id]["reference_photo_ids"].append(str(photo.pk))
        photo.delete()  # its files go once this commits, as for every deleted row
    for poster in posters:
        by_person[poster.user_id]["generation_job_ids"].append(str(poster.pk))
        poster.delete()
    for person_id, details in by_person.items():
        record_audit_event(
            action=AuditEvent.Action.RETENTION_PURGE,
            subject_user_id=person_id,
            details=details,
            actor=None,
        )
