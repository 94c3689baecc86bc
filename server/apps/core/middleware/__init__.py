from .database_busy_middleware import DatabaseBusyMiddleware

__all__ = ["DatabaseBusyMiddleware"]
