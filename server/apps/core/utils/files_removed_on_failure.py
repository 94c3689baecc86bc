from collections.abc import Iterator
from contextlib import contextmanager

from django.core.files.storage import default_storage


@contextmanager
def files_removed_on_failure(names: list[str]) -> Iterator[None]:
    """Delete stored files no row refers to yet (a losing or failed upload) when the block
    fails, then let the error go on."""
    try:
        yield
    except BaseException:
        for name in names:
            default_storage.delete(name)
        raise
