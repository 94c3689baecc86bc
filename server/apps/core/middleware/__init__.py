from .database_unavailable_middleware import DatabaseUnavailableMiddleware

__all__ = ["DatabaseUnavailableMiddleware"]
