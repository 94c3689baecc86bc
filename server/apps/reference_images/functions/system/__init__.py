from .delete_reference_photos import delete_reference_photos
from .embed_missing_face_embeddings import EmbeddedCount, embed_missing_face_embeddings
from .export_reference_photos import export_reference_photos
from .forget_face_embeddings import forget_face_embeddings
from .list_expired_reference_photos import list_expired_reference_photos
from .list_usable_reference_images import list_usable_reference_images

__all__ = [
    "EmbeddedCount",
    "delete_reference_photos",
    "embed_missing_face_embeddings",
    "export_reference_photos",
    "forget_face_embeddings",
    "list_expired_reference_photos",
    "list_usable_reference_images",
]
