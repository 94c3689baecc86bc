import logging
from collections.abc import Callable

from django.core.files.storage import default_storage
from django.db import transaction

log = logging.getLogger(__name__)


def _deleter(name: str) -> Callable[[], None]:
    def delete_stored_file() -> None:
        try:
            default_storage.delete(name)
        except BaseException:
            log.error("Could not delete %s; sweep_storage will find it", name)
            raise

    return delete_stored_file


def delete_files_on_commit(names: list[str]) -> None:
    """Delete stored files once the current transaction commits (never when it rolls back).

    One callback per file, run robustly: a file that cannot be deleted then (storage down) is
    logged and left for `sweep_storage`; it neither stops the others nor fails what committed.
    """
    for name in names:
        transaction.on_commit(_deleter(name), robust=True)
