from .point_identity_at_image import point_identity_at_image

__all__ = ["point_identity_at_image"]
