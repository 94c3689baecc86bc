from .clear_identity_images_of import clear_identity_images_of
from .set_identity_image import set_identity_image

__all__ = ["clear_identity_images_of", "set_identity_image"]
