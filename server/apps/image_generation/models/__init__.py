from .generation_job import WORKER_LOST_MESSAGE, GenerationJob, IllegalJobTransitionError

__all__ = ["WORKER_LOST_MESSAGE", "GenerationJob", "IllegalJobTransitionError"]
