from .reference_image import MAX_REFERENCE_IMAGES, ReferenceImage

__all__ = ["MAX_REFERENCE_IMAGES", "ReferenceImage"]
