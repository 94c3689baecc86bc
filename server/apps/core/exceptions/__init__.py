from .conflict import Conflict
from .exception_handler import exception_handler

__all__ = ["Conflict", "exception_handler"]
