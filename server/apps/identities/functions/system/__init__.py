from .clear_identity_images_of import clear_identity_images_of

__all__ = ["clear_identity_images_of"]
