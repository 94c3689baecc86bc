from .conflict import Conflict
from .exception_handler import exception_handler
from .payload_too_large import PayloadTooLarge

__all__ = ["Conflict", "PayloadTooLarge", "exception_handler"]
