from collections.abc import Callable

from django.db import OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse


class DatabaseBusyMiddleware:
    """Answer SQLite's "database is locked" as a 409 the client can retry, never a 500.

    It happens only when a writer waited longer than SQLITE_TIMEOUT_S for the lock.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, OperationalError) and "database is locked" in str(exception):
            return JsonResponse(
                {
                    "detail": "The server is busy with another change. Please try again.",
                    "code": "database_busy",
                },
                status=409,
            )
        return None
