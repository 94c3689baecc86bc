from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import (
    DisallowedHost,
    RequestDataTooBig,
    TooManyFieldsSent,
    TooManyFilesSent,
)

from apps.core.utils import format_byte_sizes

from .core_error_code import CoreErrorCode


@dataclass(frozen=True)
class RequestRefusal:
    """How the API answers a request Django refuses as it reads it."""

    detail: str
    code: str
    status: int


def request_refusal(*, exception: Exception) -> RequestRefusal:
    """The answer to a request Django refuses (a SuspiciousOperation): a body over
    DATA_UPLOAD_MAX_MEMORY_SIZE (413), more fields or files than DATA_UPLOAD_MAX_NUMBER_FIELDS
    or DATA_UPLOAD_MAX_NUMBER_FILES, a Host header the site does not serve, anything else (400).
    """
    if isinstance(exception, RequestDataTooBig):
        (limit,) = format_byte_sizes(sizes=[settings.DATA_UPLOAD_MAX_MEMORY_SIZE])
        return RequestRefusal(
            f"This request is too large: the most accepted is {limit}, not counting files.",
            CoreErrorCode.REQUEST_TOO_LARGE,
            413,
        )
    if isinstance(exception, TooManyFieldsSent):
        return RequestRefusal(
            f"This request has too many fields: the most accepted is "
            f"{settings.DATA_UPLOAD_MAX_NUMBER_FIELDS}.",
            CoreErrorCode.TOO_MANY_FIELDS,
            400,
        )
    if isinstance(exception, TooManyFilesSent):
        return RequestRefusal(
            f"This request has too many files: the most accepted is "
            f"{settings.DATA_UPLOAD_MAX_NUMBER_FILES}.",
            CoreErrorCode.TOO_MANY_FILES,
            400,
        )
    if isinstance(exception, DisallowedHost):
        return RequestRefusal(
            "This request was sent to a host name this site does not answer to.",
            CoreErrorCode.BAD_REQUEST,
            400,
        )
    return RequestRefusal("The request is not valid.", CoreErrorCode.BAD_REQUEST, 400)
