from .create_reference_image import create_reference_image
from .delete_reference_image import delete_reference_image
from .list_reference_images_visible_to import list_reference_images_visible_to
from .list_usable_reference_images import list_usable_reference_images
from .update_reference_image import update_reference_image
from .upload_reference_image import upload_reference_image

__all__ = [
    "create_reference_image",
    "delete_reference_image",
    "list_reference_images_visible_to",
    "list_usable_reference_images",
    "update_reference_image",
    "upload_reference_image",
]
