from .api_errors import bad_request, csrf_failure, not_found, server_failure
from .serve_signed_media import serve_signed_media
from .spa_index import spa_index

__all__ = [
    "bad_request",
    "csrf_failure",
    "not_found",
    "serve_signed_media",
    "server_failure",
    "spa_index",
]
