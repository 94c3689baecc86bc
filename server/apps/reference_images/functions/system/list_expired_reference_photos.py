from datetime import datetime

from django.db.models import DateTimeField, QuerySet
from django.db.models.functions import Coalesce

from apps.privacy.utils import reference_photo_retention
from apps.reference_images.models import ReferenceImage


def list_expired_reference_photos(*, now: datetime) -> QuerySet[ReferenceImage]:
    """Photos past their retention, counted as `reference_photo_deletes_at` counts it."""
    return ReferenceImage.objects.annotate(
        kept_from=Coalesce("last_used_at", "created_at", output_field=DateTimeField())
    ).filter(kept_from__lt=now - reference_photo_retention())
