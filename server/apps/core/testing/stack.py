"""Which stack a test run uses, and what to do when a part of it is missing."""

import os

import pytest


def production_stack() -> bool:
    """The second backend run: PostgreSQL, RQ on Redis and S3 (moto), as teams deploy it."""
    return os.environ.get("TEST_STACK") == "production"


def missing_service(reason: str) -> None:
    """Skip with the reason on a developer's machine; fail under CI, where every service runs."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)
