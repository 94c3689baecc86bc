"""How long photos and posters are kept. Each app counts its rows' dates and finds what has
expired with these, so what the page shows and what the schedule deletes cannot drift apart."""

from datetime import timedelta

from django.conf import settings


def reference_photo_retention() -> timedelta:
    return timedelta(days=int(settings.REFERENCE_PHOTO_RETENTION_DAYS))


def unsaved_poster_retention() -> timedelta:
    return timedelta(days=int(settings.UNSAVED_POSTER_RETENTION_DAYS))
