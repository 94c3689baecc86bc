from datetime import datetime

from apps.image_generation.models import GenerationJob
from apps.privacy.utils import unsaved_poster_retention


def job_deletes_at(job: GenerationJob) -> datetime | None:
    """When retention deletes a job: UNSAVED_POSTER_RETENTION_DAYS after it ended, whether it
    drew a poster, failed or was cancelled (its prompt holds the identity's words). None for
    a job that stays: its poster saved to the identity or starred, or not ended yet. The same
    rule as `list_expired_generation_jobs`."""
    if job.saved_to_identity_at is not None or job.starred:
        return None
    if job.status not in GenerationJob.FINISHED or job.finished_at is None:
        return None
    return job.finished_at + unsaved_poster_retention()
