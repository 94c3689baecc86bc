import time

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

_SALT = "apps.core.storage.media_signature"


def _signature(name: str, expires: int, download: str) -> str:
    # A download name is part of what is signed, so a link cannot be made to save as another.
    message = f"{name}\n{expires}" + (f"\n{download}" if download else "")
    return salted_hmac(_SALT, message, algorithm="sha256").hexdigest()


def sign_media_name(name: str, *, download: str = "", now: float | None = None) -> tuple[int, str]:
    """Expiry and signature for a stored file's name (and the name to save it as, if any).

    The expiry is rounded down to a quarter of the TTL so that the same file keeps the same URL
    for a while (browsers cache it, polling pages do not re-download it); a URL therefore
    lives between 3/4 of MEDIA_URL_TTL_S and MEDIA_URL_TTL_S, never longer.
    """
    ttl = settings.MEDIA_URL_TTL_S
    bucket = max(ttl // 4, 1)
    current = time.time() if now is None else now
    expires = int((current + ttl) // bucket * bucket)
    return expires, _signature(name, expires, download)


def verify_media_signature(name: str, expires: str, signature: str, download: str = "") -> bool:
    """True when the signature matches the name, download name and expiry, and the expiry has
    not passed."""
    try:
        expires_at = int(expires)
    except ValueError:
        return False
    if expires_at < time.time():
        return False
    return constant_time_compare(signature, _signature(name, expires_at, download))
