from .generation_batch import GenerationBatch
from .generation_job import (
    WORKER_LOST_MESSAGE,
    GenerationJob,
    IllegalJobTransitionError,
    ShownOutcome,
    batch_variation_seeds,
)
from .provider_slot_lock import ProviderSlotLock

__all__ = [
    "WORKER_LOST_MESSAGE",
    "GenerationBatch",
    "GenerationJob",
    "IllegalJobTransitionError",
    "ProviderSlotLock",
    "ShownOutcome",
    "batch_variation_seeds",
]
