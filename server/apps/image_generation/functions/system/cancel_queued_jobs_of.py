from apps.image_generation.models import (
    CANCELLED_QUEUED_MESSAGE,
    CONSENT_WITHDRAWN_MESSAGE,
    GenerationJob,
)
from apps.users.models import User

_MESSAGES = {
    GenerationJob.ErrorCode.CANCELLED: CANCELLED_QUEUED_MESSAGE,
    GenerationJob.ErrorCode.CONSENT_WITHDRAWN: CONSENT_WITHDRAWN_MESSAGE,
}


def cancel_queued_jobs_of(
    *, person: User, code: GenerationJob.ErrorCode = GenerationJob.ErrorCode.CANCELLED
) -> int:
    """End cancelled, with `code` (`cancelled` or `consent_withdrawn`), every poster of the
    person still waiting for a worker, so that none of them starts; returns how many.

    A job already running is its worker's: the worker asks `may_send_photos` before each
    call to the provider.
    """
    return GenerationJob.objects.filter(user=person).cancel_queued(
        code=code, message=_MESSAGES[code]
    )
