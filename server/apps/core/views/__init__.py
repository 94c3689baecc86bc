from .api_errors import bad_request, csrf_failure, not_found, server_failure
from .idempotent import IDEMPOTENCY_KEY_PARAMETER, idempotent
from .serve_signed_media import serve_signed_media
from .spa_index import spa_index

__all__ = [
    "IDEMPOTENCY_KEY_PARAMETER",
    "bad_request",
    "csrf_failure",
    "idempotent",
    "not_found",
    "serve_signed_media",
    "server_failure",
    "spa_index",
]
