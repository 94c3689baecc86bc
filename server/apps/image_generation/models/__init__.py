from .generation_job import GenerationJob

__all__ = ["GenerationJob"]
