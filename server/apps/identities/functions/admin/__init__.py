from .create_identity_for_user import create_identity_for_user
from .delete_identity_any import delete_identity_any
from .delete_identity_image_any import delete_identity_image_any
from .delete_identity_image_version_any import delete_identity_image_version_any
from .get_identity import get_identity
from .list_identities import list_identities
from .list_identity_image_versions_any import list_identity_image_versions_any
from .restore_identity_image_version_any import restore_identity_image_version_any
from .set_identity_image import set_identity_image
from .update_identity_any import update_identity_any
from .upload_identity_image_any import upload_identity_image_any

__all__ = [
    "create_identity_for_user",
    "delete_identity_any",
    "delete_identity_image_any",
    "delete_identity_image_version_any",
    "get_identity",
    "list_identities",
    "list_identity_image_versions_any",
    "restore_identity_image_version_any",
    "set_identity_image",
    "update_identity_any",
    "upload_identity_image_any",
]
