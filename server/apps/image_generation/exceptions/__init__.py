from .image_generation_error_code import ImageGenerationErrorCode

__all__ = ["ImageGenerationErrorCode"]
