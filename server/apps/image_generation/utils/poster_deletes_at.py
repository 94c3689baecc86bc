from datetime import datetime

from apps.image_generation.models import GenerationJob
from apps.privacy.utils import unsaved_poster_retention


def poster_deletes_at(job: GenerationJob) -> datetime | None:
    """None for a poster that stays: saved to its identity, starred, or not drawn yet (the
    same rule as `list_expired_unsaved_posters`)."""
    if not job.image or job.saved_to_identity_at is not None or job.starred:
        return None
    return (job.finished_at or job.created_at) + unsaved_poster_retention()
