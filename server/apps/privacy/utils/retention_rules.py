"""How long photos and posters are kept: each rule's query and its date, side by side, so
what the page shows and what the schedule deletes cannot drift apart."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import DateTimeField, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from apps.image_generation.models import GenerationJob
from apps.reference_images.models import ReferenceImage


def _reference_photo_keep() -> timedelta:
    return timedelta(days=settings.REFERENCE_PHOTO_RETENTION_DAYS)


def _unsaved_poster_keep() -> timedelta:
    return timedelta(days=settings.UNSAVED_POSTER_RETENTION_DAYS)


def reference_photo_deletes_at(image: ReferenceImage) -> datetime:
    """Counted from its last use in a generation, or its upload when never used."""
    return (image.last_used_at or image.created_at) + _reference_photo_keep()


def expired_reference_photos(*, now: datetime | None = None) -> QuerySet[ReferenceImage]:
    cutoff = (now or timezone.now()) - _reference_photo_keep()
    return ReferenceImage.objects.annotate(
        kept_from=Coalesce("last_used_at", "created_at", output_field=DateTimeField())
    ).filter(kept_from__lt=cutoff)


def _unsaved_posters() -> QuerySet[GenerationJob]:
    # A poster saved to an identity is the identity's, never purged by this; a starred one
    # is kept too.
    return GenerationJob.objects.exclude(Q(image="") | Q(image__isnull=True)).filter(
        saved_to_identity_at__isnull=True, starred=False
    )


def poster_deletes_at(job: GenerationJob) -> datetime | None:
    """None for a poster that stays: saved to its identity, or not drawn yet."""
    if not job.image or job.saved_to_identity_at is not None or job.starred:
        return None
    return (job.finished_at or job.created_at) + _unsaved_poster_keep()


def expired_unsaved_posters(*, now: datetime | None = None) -> QuerySet[GenerationJob]:
    cutoff = (now or timezone.now()) - _unsaved_poster_keep()
    return _unsaved_posters().filter(finished_at__lt=cutoff)
