import logging
from typing import Any

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404
from rest_framework import exceptions
from rest_framework.exceptions import ErrorDetail
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from .core_error_code import CoreErrorCode
from .error_body import error_body
from .request_refusal import request_refusal
from .throttled_sentence import throttled_sentence

_FALLBACK_DETAIL = {
    400: "The request is not valid.",
    401: "Please sign in to continue.",
    403: "You do not have permission to do this.",
    404: "Not found.",
    405: "This method is not allowed here.",
    415: "This content type is not supported.",
}


def _first_message(detail: Any) -> str:
    if isinstance(detail, dict):
        for value in detail.values():
            return _first_message(value)
        return ""
    if isinstance(detail, list):
        return _first_message(detail[0]) if detail else ""
    return str(detail)


def _first_code(codes: Any) -> str:
    if isinstance(codes, dict):
        for value in codes.values():
            return _first_code(value)
        return CoreErrorCode.INVALID
    if isinstance(codes, list):
        return _first_code(codes[0]) if codes else CoreErrorCode.INVALID
    return str(codes)


def _label(name: str) -> str:
    return name.replace("_", " ").capitalize()


def _sentences(messages: Any) -> list[str]:
    """A field's errors as sentences, however DRF nested them: a list field's items answer
    {index: [errors]}, a nested serializer {field: [errors]} (named in the sentence)."""
    if isinstance(messages, dict):
        return [
            sentence if isinstance(key, int) else f"{_label(str(key))}: {sentence}"
            for key, value in messages.items()
            for sentence in _sentences(value)
        ]
    if isinstance(messages, list):
        return [sentence for message in messages for sentence in _sentences(message)]
    return [str(messages)]


def _validation_body(error: exceptions.ValidationError) -> dict[str, Any]:
    detail, codes = error.detail, error.get_codes()
    if isinstance(detail, dict):
        fields = {
            name: _sentences(messages)
            for name, messages in detail.items()
            if name != "non_field_errors"
        }
        non_field = detail.get("non_field_errors")
        if non_field:
            sentence = _first_message(non_field)
        else:
            name = next(iter(fields), "")
            message = fields[name][0] if name and fields[name] else "The request is not valid."
            sentence = f"{_label(name)}: {message}" if name else message
        return error_body(sentence, _first_code(codes), fields)
    return error_body(_first_message(detail) or _FALLBACK_DETAIL[400], _first_code(codes))


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Answer every API error as {"detail": sentence, "code": machine code[, "fields": ...]}."""
    if isinstance(exc, SuspiciousOperation):  # raised as DRF reads the body: too large, ...
        # Logged as Django logs what it refuses itself, then answered in the API's shape,
        # with or without DEBUG (where Django would show its debug page).
        logging.getLogger(f"django.security.{type(exc).__name__}").error(str(exc))
        refusal = request_refusal(exception=exc)
        return Response(error_body(refusal.detail, refusal.code), status=refusal.status)
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    elif (
        isinstance(exc, exceptions.Throttled)
        and exc.detail == exceptions.Throttled(wait=getattr(exc, "wait", None)).detail
    ):  # DRF's own words, not a sentence that already says why
        exc.detail = ErrorDetail(throttled_sentence(getattr(exc, "wait", None)), exc.default_code)

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = _validation_body(exc)
        return response
    if isinstance(exc, exceptions.APIException):
        detail = exc.detail
        sentence = _first_message(detail) or _FALLBACK_DETAIL.get(response.status_code, "Error.")
        code = _first_code(exc.get_codes())
        response.data = error_body(sentence, code)
    return response
