from datetime import timedelta

from django.conf import settings


def reference_photo_retention() -> timedelta:
    """How long a reference photo is kept after its last use (or upload). The photos app
    counts its rows' dates with it, so the page and the purge cannot drift apart."""
    return timedelta(days=int(settings.REFERENCE_PHOTO_RETENTION_DAYS))
