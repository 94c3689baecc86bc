from .api_common_middleware import ApiCommonMiddleware
from .database_error_middleware import DatabaseErrorMiddleware

__all__ = ["ApiCommonMiddleware", "DatabaseErrorMiddleware"]
