from django.conf import settings
from django.utils.module_loading import import_string
from rest_framework import exceptions

# DRF's own refusals, which the exception handler answers with their codes.
_DRF_EXCEPTIONS = (
    exceptions.ParseError,
    exceptions.AuthenticationFailed,
    exceptions.NotAuthenticated,
    exceptions.PermissionDenied,
    exceptions.NotFound,
    exceptions.MethodNotAllowed,
    exceptions.NotAcceptable,
    exceptions.UnsupportedMediaType,
    exceptions.Throttled,
    exceptions.ValidationError,
)


def api_error_codes() -> list[str]:
    """Every code an error body carries by name: each app's error code enum (listed in
    settings.API_ERROR_CODES) and DRF's own exceptions' codes, sorted."""
    codes = {str(code) for path in settings.API_ERROR_CODES for code in import_string(path)}
    codes.update(str(exception.default_code) for exception in _DRF_EXCEPTIONS)
    return sorted(codes)
