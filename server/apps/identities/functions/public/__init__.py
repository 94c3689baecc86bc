from .create_identity import create_identity
from .delete_identity import delete_identity
from .delete_identity_image import delete_identity_image
from .get_identity_for import get_identity_for
from .list_identities_for import list_identities_for
from .update_identity import update_identity
from .upload_identity_image import upload_identity_image

__all__ = [
    "create_identity",
    "delete_identity",
    "delete_identity_image",
    "get_identity_for",
    "list_identities_for",
    "update_identity",
    "upload_identity_image",
]
