from django.db import connection


def database_url(*, host: str = "", port: int | None = None) -> str:
    """DATABASE_URL of the test database for a process a test starts, or of the same database
    reached at another address (a relay in front of the server)."""
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    user = settings["USER"] or "postgres"
    host = host or settings["HOST"] or "127.0.0.1"
    return f"postgres://{user}@{host}:{port or settings['PORT'] or 5432}/{settings['NAME']}"
