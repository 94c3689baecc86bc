"""Which stack a test run uses, and what to do when a part of it is missing."""

import os

import pytest

# Redis database 15 of this machine's Redis: the production-stack run's queue, emptied by the
# tests that hand tasks to worker processes.
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL") or "redis://127.0.0.1:6379/15"
RQ_TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}


def production_stack() -> bool:
    """The second backend run: PostgreSQL, RQ on Redis and S3 (moto), as teams deploy it."""
    return os.environ.get("TEST_STACK") == "production"


def missing_service(reason: str) -> None:
    """Skip with the reason on a developer's machine; fail under CI, where every service runs."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)
