from collections.abc import Callable
from pathlib import Path

import pytest


def stored_files(media_root: Path) -> list[str]:
    return sorted(
        str(path.relative_to(media_root)) for path in media_root.rglob("*") if path.is_file()
    )


@pytest.fixture
def media_files(media_storage: Path) -> Callable[[], list[str]]:
    """The files currently in the test's media folder, as a sorted list of relative names."""
    return lambda: stored_files(media_storage)
