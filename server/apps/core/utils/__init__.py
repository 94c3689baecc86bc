from .database_error_kind import DatabaseErrorKind, database_error_kind
from .decode_for_renditions import decode_for_renditions
from .delete_files_on_commit import delete_files_on_commit
from .deleted_rows import DeletedRows
from .files_removed_on_failure import files_removed_on_failure
from .format_byte_sizes import format_byte_sizes
from .image_file_names import image_file_names
from .image_renditions import Rendition, image_renditions
from .is_api_path import is_api_path
from .model_update import model_update
from .render_image_renditions import render_image_renditions
from .row_file_names import row_file_names
from .store_image_files import StoredImage, store_image_files
from .store_image_renditions import store_image_renditions
from .task_worker_status import TaskWorkerStatus, task_worker_status
from .workers_last_seen import uses_rq, workers_last_seen

__all__ = [
    "DatabaseErrorKind",
    "DeletedRows",
    "Rendition",
    "StoredImage",
    "TaskWorkerStatus",
    "database_error_kind",
    "decode_for_renditions",
    "delete_files_on_commit",
    "files_removed_on_failure",
    "format_byte_sizes",
    "image_file_names",
    "image_renditions",
    "is_api_path",
    "model_update",
    "render_image_renditions",
    "row_file_names",
    "store_image_files",
    "store_image_renditions",
    "task_worker_status",
    "uses_rq",
    "workers_last_seen",
]
