import logging
import time

from django.core.files.storage import default_storage

from apps.core.storage import STORAGE_ERRORS

log = logging.getLogger(__name__)

ATTEMPTS = 5
FIRST_DELAY_S = 0.2


def delete_files_until_gone(names: list[str]) -> list[str]:
    """Delete each stored file, trying again with backoff while storage errors; returns the
    names still stored after the last try (logged; `sweep_storage` lists them)."""
    left = list(names)
    for attempt in range(ATTEMPTS):
        still: list[str] = []
        for name in left:
            try:
                if default_storage.exists(name):
                    default_storage.delete(name)
            except STORAGE_ERRORS as error:
                log.warning("Could not delete %s (%s); trying again", name, error)
                still.append(name)
        left = still
        if not left:
            break
        if attempt < ATTEMPTS - 1:
            time.sleep(FIRST_DELAY_S * 2**attempt)
    for name in left:
        log.error("Could not delete %s; sweep_storage will find it", name)
    return left
