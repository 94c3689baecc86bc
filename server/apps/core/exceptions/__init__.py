from .conflict import Conflict
from .core_error_code import CoreErrorCode
from .error_body import error_body, error_response
from .exception_handler import exception_handler
from .payload_too_large import PayloadTooLarge
from .request_refusal import RequestRefusal, request_refusal
from .throttled_sentence import throttled_sentence
from .unprocessable import Unprocessable

__all__ = [
    "Conflict",
    "CoreErrorCode",
    "PayloadTooLarge",
    "RequestRefusal",
    "Unprocessable",
    "error_body",
    "error_response",
    "exception_handler",
    "request_refusal",
    "throttled_sentence",
]
