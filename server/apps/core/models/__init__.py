from .base_model import BaseModel
from .idempotent_request import IdempotentRequest
from .image_mixin import ImageMixin, random_image_path
from .owned_query_set import Actor, OwnedQuerySet
from .worker_heartbeat import WorkerHeartbeat

__all__ = [
    "Actor",
    "BaseModel",
    "IdempotentRequest",
    "ImageMixin",
    "OwnedQuerySet",
    "WorkerHeartbeat",
    "random_image_path",
]
