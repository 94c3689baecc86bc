from .database_error_kind import DatabaseErrorKind, database_error_kind
from .delete_files_on_commit import delete_files_on_commit
from .files_removed_on_failure import files_removed_on_failure
from .image_file_names import image_file_names
from .image_renditions import Rendition, image_renditions
from .model_update import model_update
from .render_image_renditions import render_image_renditions
from .replace_image_file import replace_image_file
from .row_file_names import row_file_names
from .store_image_files import StoredImage, store_image_files
from .store_image_renditions import store_image_renditions
from .warm_image_renditions import warm_image_renditions

__all__ = [
    "DatabaseErrorKind",
    "Rendition",
    "StoredImage",
    "database_error_kind",
    "delete_files_on_commit",
    "files_removed_on_failure",
    "image_file_names",
    "image_renditions",
    "model_update",
    "render_image_renditions",
    "replace_image_file",
    "row_file_names",
    "store_image_files",
    "store_image_renditions",
    "warm_image_renditions",
]
