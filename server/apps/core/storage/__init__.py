from .find_storage_orphans import StorageReport, find_storage_orphans
from .media_signature import sign_media_name, verify_media_signature
from .signed_file_system_storage import SignedFileSystemStorage
from .storage_errors import STORAGE_ERRORS

__all__ = [
    "STORAGE_ERRORS",
    "SignedFileSystemStorage",
    "StorageReport",
    "find_storage_orphans",
    "sign_media_name",
    "verify_media_signature",
]
