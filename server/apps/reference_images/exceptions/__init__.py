from .reference_image_error_code import ReferenceImageErrorCode

__all__ = ["ReferenceImageErrorCode"]
