from .reference_image import MAX_REFERENCE_IMAGES, NAME_MAX_LENGTH, ReferenceImage

__all__ = ["MAX_REFERENCE_IMAGES", "NAME_MAX_LENGTH", "ReferenceImage"]
