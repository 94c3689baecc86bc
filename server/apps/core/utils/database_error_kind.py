from enum import Enum

from django.db import DatabaseError, InterfaceError, OperationalError

# SQLite's result codes: another connection holds the lock; the file cannot be opened.
_SQLITE_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_SQLITE_CANTOPEN = 14
# PostgreSQL's "lock not available" (a lock_timeout or NOWAIT that gave up).
_POSTGRES_LOCK_NOT_AVAILABLE = "55P03"


class DatabaseErrorKind(Enum):
    BUSY = "busy"  # the database is there but held by another writer: retry shortly
    UNREACHABLE = "unreachable"  # no connection to the database at all


def database_error_kind(error: BaseException) -> DatabaseErrorKind | None:
    """Whether a database error means busy or unreachable; None for any other (a bug).

    Django wraps the driver's error; its `__cause__` says what happened: SQLite's result
    code, or psycopg's SQLSTATE, which a connection failure does not have.
    """
    if isinstance(error, InterfaceError):  # the connection is closed or broken
        return DatabaseErrorKind.UNREACHABLE
    if not isinstance(error, OperationalError | DatabaseError):
        return None
    cause = error.__cause__
    sqlite_code = getattr(cause, "sqlite_errorcode", None)
    if sqlite_code is not None:
        if sqlite_code & 0xFF in _SQLITE_BUSY_CODES:
            return DatabaseErrorKind.BUSY
        return DatabaseErrorKind.UNREACHABLE if sqlite_code & 0xFF == _SQLITE_CANTOPEN else None
    if not isinstance(error, OperationalError):
        return None
    sqlstate = getattr(cause, "sqlstate", None)
    if sqlstate == _POSTGRES_LOCK_NOT_AVAILABLE:
        return DatabaseErrorKind.BUSY
    return DatabaseErrorKind.UNREACHABLE if sqlstate is None and cause is not None else None
