from django.core.files.storage import Storage, default_storage
from django.utils.http import content_disposition_header
from storages.backends.s3 import S3Storage

from .signed_file_system_storage import SignedFileSystemStorage


def download_url(*, name: str, save_as: str, storage: Storage = default_storage) -> str:
    """A short-lived URL of a stored file that the browser saves as `save_as` instead of
    showing it (Content-Disposition: attachment): signed here, presigned on S3."""
    if isinstance(storage, S3Storage):
        disposition = content_disposition_header(as_attachment=True, filename=save_as)
        return str(storage.url(name, parameters={"ResponseContentDisposition": disposition}))
    if isinstance(storage, SignedFileSystemStorage):
        return storage.url(name, download=save_as)
    raise TypeError(f"{type(storage).__name__} cannot make a download URL.")
