import logging
import time

from django.db import DatabaseError, close_old_connections
from django_tasks_db.management.commands.db_worker import Worker

from apps.core.utils import database_error_kind

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 30.0


class ResilientWorker(Worker):
    """django-tasks-db's worker, kept alive through a locked or lost database.

    Its poll opens an exclusive transaction outside its own error handling, so a database
    locked longer than SQLITE_TIMEOUT_S (or a dropped connection) ends its loop. Here the
    loop starts again after a backoff, with the error logged; any other error still ends it.
    """

    def run(self) -> None:
        backoff_s = 1.0
        while self.running:
            try:
                super().run()
                return  # batch done, max tasks reached, or asked to stop
            except DatabaseError as error:
                kind = database_error_kind(error)
                if kind is None:
                    raise
                log.warning(
                    "The task database is %s (%s); polling again in %.0f s",
                    kind.value,
                    error,
                    backoff_s,
                )
                time.sleep(backoff_s)
                backoff_s = min(backoff_s * 2, MAX_BACKOFF_S)
                close_old_connections()
