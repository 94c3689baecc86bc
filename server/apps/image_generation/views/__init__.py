from .generation_job_viewset import GenerationJobViewSet
from .image_generation_viewset import ImageGenerationViewSet

__all__ = ["GenerationJobViewSet", "ImageGenerationViewSet"]
