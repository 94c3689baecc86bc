from .delete_row_files_on_commit import delete_row_files_on_commit
from .download_url import download_url
from .find_storage_orphans import StorageReport, find_storage_orphans
from .media_signature import sign_media_name, verify_media_signature
from .signed_file_system_storage import SignedFileSystemStorage
from .storage_errors import STORAGE_ERRORS
from .stream_stored_file import stream_stored_file

__all__ = [
    "STORAGE_ERRORS",
    "SignedFileSystemStorage",
    "StorageReport",
    "delete_row_files_on_commit",
    "download_url",
    "find_storage_orphans",
    "sign_media_name",
    "stream_stored_file",
    "verify_media_signature",
]
