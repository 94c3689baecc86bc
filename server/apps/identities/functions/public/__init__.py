from .create_identity import create_identity
from .delete_identity import delete_identity
from .delete_identity_image import delete_identity_image
from .delete_identity_image_version import delete_identity_image_version
from .get_identity_for import get_identity_for
from .get_identity_image_version_for import get_identity_image_version_for
from .list_identities_for import list_identities_for
from .list_identity_image_versions_for import list_identity_image_versions_for
from .restore_identity_image_version import restore_identity_image_version
from .update_identity import update_identity
from .upload_identity_image import upload_identity_image

__all__ = [
    "create_identity",
    "delete_identity",
    "delete_identity_image",
    "delete_identity_image_version",
    "get_identity_for",
    "get_identity_image_version_for",
    "list_identities_for",
    "list_identity_image_versions_for",
    "restore_identity_image_version",
    "update_identity",
    "upload_identity_image",
]
