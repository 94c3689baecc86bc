from functools import partial

from django.core.files.storage import default_storage
from django.db import transaction


def _delete(names: list[str]) -> None:
    for name in names:
        default_storage.delete(name)


def delete_files_on_commit(names: list[str]) -> None:
    """Delete stored files once the current transaction commits (never when it rolls back)."""
    if names:
        transaction.on_commit(partial(_delete, list(names)))
