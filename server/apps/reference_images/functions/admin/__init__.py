from .create_reference_image_for_user import create_reference_image_for_user
from .delete_reference_image_any import delete_reference_image_any
from .embed_missing_face_embeddings import EmbeddedCount, embed_missing_face_embeddings
from .get_reference_image import get_reference_image
from .list_reference_images import list_reference_images
from .list_usable_reference_images import list_usable_reference_images
from .update_reference_image_any import update_reference_image_any
from .upload_reference_image_any import upload_reference_image_any

__all__ = [
    "EmbeddedCount",
    "create_reference_image_for_user",
    "delete_reference_image_any",
    "embed_missing_face_embeddings",
    "get_reference_image",
    "list_reference_images",
    "list_usable_reference_images",
    "update_reference_image_any",
    "upload_reference_image_any",
]
