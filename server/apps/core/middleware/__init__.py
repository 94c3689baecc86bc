from .database_busy_middleware import DatabaseBusyMiddleware
from .database_unavailable_middleware import DatabaseUnavailableMiddleware

__all__ = ["DatabaseBusyMiddleware", "DatabaseUnavailableMiddleware"]
