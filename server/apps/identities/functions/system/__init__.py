from .clear_identity_images_of import clear_identity_images_of
from .export_identities import export_identities
from .set_identity_image import set_identity_image

__all__ = [
    "clear_identity_images_of",
    "export_identities",
    "set_identity_image",
]
