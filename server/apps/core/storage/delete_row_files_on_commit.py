from typing import Any

from django.db import models

from apps.core.utils import delete_files_on_commit, row_file_names


def delete_row_files_on_commit(*, instance: models.Model, **_signal: Any) -> None:
    """A `pre_delete` receiver: the files of the row being deleted go once the deletion commits.

    Connected for every model with a file field (`CoreConfig.ready`). The names are read
    while the row still exists (a deferred field can still be loaded); nothing is deleted if
    the transaction rolls back.
    """
    delete_files_on_commit(row_file_names(instance=instance))
