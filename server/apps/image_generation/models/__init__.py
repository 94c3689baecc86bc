from .generation_batch import GenerationBatch
from .generation_job import (
    CANCELLED_QUEUED_MESSAGE,
    CONSENT_WITHDRAWN_MESSAGE,
    CONSENT_WITHDRAWN_RETRY_MESSAGE,
    WORKER_LOST_MESSAGE,
    GenerationJob,
    IllegalJobTransitionError,
    ShownOutcome,
)
from .provider_slot_lock import ProviderSlotLock

__all__ = [
    "CANCELLED_QUEUED_MESSAGE",
    "CONSENT_WITHDRAWN_MESSAGE",
    "CONSENT_WITHDRAWN_RETRY_MESSAGE",
    "WORKER_LOST_MESSAGE",
    "GenerationBatch",
    "GenerationJob",
    "IllegalJobTransitionError",
    "ProviderSlotLock",
    "ShownOutcome",
]
