from urllib.parse import urlencode

from django.core.files.storage import FileSystemStorage

from .media_signature import sign_media_name


class SignedFileSystemStorage(FileSystemStorage):
    """Local storage whose URLs are signed and expire; `serve_signed_media` checks them."""

    def url(self, name: str | None, *, download: str = "") -> str:
        """A signed URL; with `download`, one that saves the file under that name."""
        url = super().url(name)
        expires, signature = sign_media_name(str(name), download=download)
        query = {"expires": expires, "signature": signature}
        if download:
            query["download"] = download
        return f"{url}?{urlencode(query)}"
