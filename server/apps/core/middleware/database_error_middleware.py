import logging
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from apps.core.exceptions import CoreErrorCode, error_response
from apps.core.utils import DatabaseErrorKind, database_error_kind

log = logging.getLogger(__name__)


class DatabaseErrorMiddleware:
    """Answer a busy or unreachable database as a 503 with a sentence and Retry-After.

    Busy: SQLite's writer waited longer than SQLITE_TIMEOUT_S for the lock (or PostgreSQL
    gave up waiting for a lock). Unreachable: no connection. Any other database error is a
    bug and stays a 500.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        kind = database_error_kind(exception)
        if kind is None:
            return None
        detail, code, retry_after_s = _ANSWERS[kind]
        log.warning("Database %s: %s", kind.value, exception)
        return error_response(detail, code, status=503, retry_after_s=retry_after_s)


_ANSWERS = {
    DatabaseErrorKind.BUSY: (
        "The server is busy with another change. Please try again in a moment.",
        CoreErrorCode.DATABASE_BUSY,
        1,
    ),
    DatabaseErrorKind.UNREACHABLE: (
        "The database cannot be reached right now. Please try again shortly.",
        CoreErrorCode.DATABASE_UNAVAILABLE,
        5,
    ),
}
