"""Which stack a test run uses, and what to do when a part of it is missing."""

import os

import pytest
import redis

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


def empty_test_redis() -> redis.Redis:
    """The tests' Redis database (TEST_REDIS_URL), emptied; missing_service when unreachable."""
    connection = redis.Redis.from_url(TEST_REDIS_URL, socket_connect_timeout=1)
    try:
        connection.ping()
    except redis.RedisError as error:
        missing_service(f"Redis is not reachable at {TEST_REDIS_URL}: {error}")
    connection.flushdb()
    return connection
