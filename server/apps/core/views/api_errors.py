from django.http import HttpRequest, HttpResponse
from django.views.defaults import page_not_found, server_error

from apps.core.exceptions import error_response


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """404 in the API's error shape under /api/, Django's page elsewhere."""
    if request.path.startswith("/api/"):
        return error_response("Not found.", "not_found", status=404)
    return page_not_found(request, exception)


def server_failure(request: HttpRequest) -> HttpResponse:
    """500 in the API's error shape under /api/: a sentence, never a traceback."""
    if request.path.startswith("/api/"):
        return error_response(
            "Something went wrong on our side. Please try again.", "server_error", status=500
        )
    return server_error(request)
