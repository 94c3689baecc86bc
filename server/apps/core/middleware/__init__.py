from .database_error_middleware import DatabaseErrorMiddleware

__all__ = ["DatabaseErrorMiddleware"]
