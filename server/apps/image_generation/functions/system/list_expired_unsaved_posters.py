from datetime import datetime

from django.db.models import Q, QuerySet

from apps.image_generation.models import GenerationJob
from apps.privacy.utils import unsaved_poster_retention


def list_expired_unsaved_posters(*, now: datetime) -> QuerySet[GenerationJob]:
    """Posters past their retention. One saved to an identity is the identity's and one
    starred is kept: neither is ever listed here (see `poster_deletes_at`)."""
    return (
        GenerationJob.objects.exclude(Q(image="") | Q(image__isnull=True))
        .filter(saved_to_identity_at__isnull=True, starred=False)
        .filter(finished_at__lt=now - unsaved_poster_retention())
    )
