from .create_reference_image import create_reference_image
from .delete_reference_image import delete_reference_image
from .get_reference_image_for import get_reference_image_for
from .list_reference_images_for import list_reference_images_for
from .update_reference_image import update_reference_image
from .upload_reference_image import upload_reference_image

__all__ = [
    "create_reference_image",
    "delete_reference_image",
    "get_reference_image_for",
    "list_reference_images_for",
    "update_reference_image",
    "upload_reference_image",
]
