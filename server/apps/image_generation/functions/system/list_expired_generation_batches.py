from datetime import datetime

from django.db.models import QuerySet

from apps.image_generation.models import GenerationBatch, GenerationJob
from apps.privacy.utils import unsaved_poster_retention

from .list_expired_generation_jobs import list_expired_generation_jobs


def list_expired_generation_batches(*, now: datetime) -> QuerySet[GenerationBatch]:
    """Batches past their retention: made more than UNSAVED_POSTER_RETENTION_DAYS ago and
    holding no job that stays (none at all, or only jobs `list_expired_generation_jobs`
    lists), so each is empty once the expired jobs are gone."""
    staying = GenerationJob.objects.filter(batch__isnull=False).exclude(
        pk__in=list_expired_generation_jobs(now=now).values("pk")
    )
    return GenerationBatch.objects.filter(created_at__lt=now - unsaved_poster_retention()).exclude(
        pk__in=staying.values("batch_id")
    )
