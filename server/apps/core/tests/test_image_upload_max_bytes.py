"""IMAGE_UPLOAD_MAX_BYTES owns the byte limit of every upload; its older name still works."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

SERVER_DIR = Path(__file__).resolve().parents[3]
READ_LIMIT = "import settings.common as s; print(s.IMAGE_UPLOAD_MAX_BYTES)"


def limit_with(tmp_path: Path, **variables: str) -> int:
    """IMAGE_UPLOAD_MAX_BYTES as a fresh process reads it from these variables."""
    # Empty, not absent, so that a developer's .env cannot fill them in.
    empty = {"IMAGE_UPLOAD_MAX_BYTES": "", "REFERENCE_IMAGE_MAX_BYTES": ""}
    env = {**os.environ, "DJANGO_SECRET_KEY": "x" * 50, "DATA_DIR": str(tmp_path), **empty}
    env.update(variables)
    result = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", READ_LIMIT],
        cwd=SERVER_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(result.stdout.strip())


@pytest.mark.parametrize(
    ("variables", "limit"),
    [
        pytest.param({}, 20 * 1024 * 1024, id="empty-is-20-mb"),
        pytest.param({"IMAGE_UPLOAD_MAX_BYTES": "1000"}, 1000, id="new-name"),
        pytest.param({"REFERENCE_IMAGE_MAX_BYTES": "2000"}, 2000, id="older-name"),
        pytest.param(
            {"IMAGE_UPLOAD_MAX_BYTES": "1000", "REFERENCE_IMAGE_MAX_BYTES": "2000"},
            1000,
            id="new-name-wins",
        ),
    ],
)
def test_the_limit_comes_from_the_new_name_then_the_older_one(
    tmp_path: Path, variables: dict[str, str], limit: int
) -> None:
    assert limit_with(tmp_path, **variables) == limit
