from .base_model import BaseModel
from .idempotent_request import IdempotentRequest
from .image_mixin import ImageMixin, random_image_path
from .worker_heartbeat import WorkerHeartbeat

__all__ = ["BaseModel", "IdempotentRequest", "ImageMixin", "WorkerHeartbeat", "random_image_path"]
