"""The settings before reads ran outside transactions: every request in one (ATOMIC_REQUESTS),
and SQLite in its default rollback-journal mode (no WAL).

Used by bench/sqlite_reads_under_generation.py as its baseline side.
"""

from settings.common import *  # noqa: F403
from settings.common import DATABASES

DATABASES["default"]["ATOMIC_REQUESTS"] = True
DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA journal_mode=DELETE;"
