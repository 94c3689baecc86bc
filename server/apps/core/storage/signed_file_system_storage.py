from urllib.parse import urlencode

from django.core.files.storage import FileSystemStorage

from .media_signature import sign_media_name


class SignedFileSystemStorage(FileSystemStorage):
    """Local storage whose URLs are signed and expire; `serve_signed_media` checks them."""

    def url(self, name: str | None) -> str:
        url = super().url(name)
        expires, signature = sign_media_name(str(name))
        return f"{url}?{urlencode({'expires': expires, 'signature': signature})}"
