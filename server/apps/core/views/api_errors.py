from django.http import HttpRequest, HttpResponse
from django.views.csrf import csrf_failure as django_csrf_failure
from django.views.defaults import bad_request as django_bad_request
from django.views.defaults import page_not_found, server_error

from apps.core.exceptions import CoreErrorCode, error_response, request_refusal
from apps.core.utils import is_api_path


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """400 (413 for a body too large) in the API's error shape under /api/, Django's page
    elsewhere: what Django answers to the requests it refuses (a Host the site does not serve,
    too many fields, a body over DATA_UPLOAD_MAX_MEMORY_SIZE) outside DRF's views."""
    if is_api_path(path=request.path):
        refusal = request_refusal(exception=exception)
        return error_response(refusal.detail, refusal.code, status=refusal.status)
    return django_bad_request(request, exception)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """403 for a missing or wrong CSRF token (CSRF_FAILURE_VIEW): in the API's error shape
    under /api/ (signing in and out), Django's page elsewhere (the Django admin)."""
    if is_api_path(path=request.path):
        return error_response(
            "This page's security token is missing or out of date. Please reload the page "
            "and try again.",
            CoreErrorCode.CSRF_FAILED,
            status=403,
        )
    return django_csrf_failure(request, reason=reason)


def not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """404 in the API's error shape under /api/, Django's page elsewhere."""
    if is_api_path(path=request.path):
        return error_response("Not found.", CoreErrorCode.NOT_FOUND, status=404)
    return page_not_found(request, exception)


def server_failure(request: HttpRequest) -> HttpResponse:
    """500 in the API's error shape under /api/: a sentence, never a traceback."""
    if is_api_path(path=request.path):
        return error_response(
            "Something went wrong on our side. Please try again.",
            CoreErrorCode.SERVER_ERROR,
            status=500,
        )
    return server_error(request)
