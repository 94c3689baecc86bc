from .delete_reference_photos import delete_reference_photos
from .forget_face_embeddings import forget_face_embeddings
from .list_expired_reference_photos import list_expired_reference_photos

__all__ = ["delete_reference_photos", "forget_face_embeddings", "list_expired_reference_photos"]
