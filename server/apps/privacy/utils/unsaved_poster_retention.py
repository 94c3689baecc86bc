from datetime import timedelta

from django.conf import settings


def unsaved_poster_retention() -> timedelta:
    """How long a poster never saved to an identity (and a failed or cancelled job) is kept.
    The generation app counts its rows' dates with it."""
    return timedelta(days=int(settings.UNSAVED_POSTER_RETENTION_DAYS))
