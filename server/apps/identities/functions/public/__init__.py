from .create_identity import create_identity
from .delete_identity import delete_identity
from .delete_identity_image import delete_identity_image
from .list_identities_for_user import list_identities_for_user
from .list_identities_visible_to import list_identities_visible_to
from .update_identity import update_identity
from .upload_identity_image import upload_identity_image

__all__ = [
    "create_identity",
    "delete_identity",
    "delete_identity_image",
    "list_identities_for_user",
    "list_identities_visible_to",
    "update_identity",
    "upload_identity_image",
]
