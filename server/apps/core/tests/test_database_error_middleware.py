"""A busy or unreachable database is a 503 with a sentence; any other database error a 500.

The errors are the drivers' own, raised for real, wrapped as Django wraps them.
"""

import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest
from django.db import InterfaceError, OperationalError
from rest_framework.test import APIClient

from apps.identities.views import IdentityViewSet
from testing import free_port

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def sqlite_locked(tmp_path: Path) -> sqlite3.Error:
    holder = sqlite3.connect(tmp_path / "db.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(tmp_path / "db.sqlite3", timeout=0, isolation_level=None)
    try:
        waiter.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        return error
    finally:
        holder.close()
        waiter.close()
    raise AssertionError("the second writer got the lock")


def sqlite_no_such_table(tmp_path: Path) -> sqlite3.Error:
    try:
        sqlite3.connect(":memory:").execute("SELECT * FROM missing")
    except sqlite3.OperationalError as error:
        return error
    raise AssertionError("the query ran")


def postgres_refused(tmp_path: Path) -> psycopg.Error:
    try:
        psycopg.connect(f"postgresql://postgres@127.0.0.1:{free_port()}/x", connect_timeout=2)
    except psycopg.OperationalError as error:
        return error
    raise AssertionError("connected to a closed port")


def answer_with(
    monkeypatch: pytest.MonkeyPatch, client: APIClient, error: Exception
) -> dict[str, object]:
    def failing(self: IdentityViewSet) -> None:
        raise error

    monkeypatch.setattr(IdentityViewSet, "get_queryset", failing)
    client.raise_request_exception = False
    response = client.get("/api/v1/identities/")
    return {
        "status": response.status_code,
        "body": response.json(),
        "retry_after": response.get("Retry-After"),
    }


def wrapped(make: Callable[[Path], Exception], tmp_path: Path) -> OperationalError:
    cause = make(tmp_path)
    error = OperationalError(str(cause))
    error.__cause__ = cause  # what django.db.utils.DatabaseErrorWrapper does
    return error


def test_a_locked_sqlite_database_is_busy_503_with_retry_after(
    user_client: APIClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer = answer_with(monkeypatch, user_client, wrapped(sqlite_locked, tmp_path))

    assert answer == {
        "status": 503,
        "body": {
            "detail": "The server is busy with another change. Please try again in a moment.",
            "code": "database_busy",
        },
        "retry_after": "1",
    }


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(lambda tmp_path: wrapped(postgres_refused, tmp_path), id="refused"),
        pytest.param(lambda tmp_path: InterfaceError("connection already closed"), id="closed"),
    ],
)
def test_an_unreachable_database_is_503_with_a_sentence(
    user_client: APIClient,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    error: Callable[[Path], Exception],
) -> None:
    answer = answer_with(monkeypatch, user_client, error(tmp_path))

    assert answer == {
        "status": 503,
        "body": {
            "detail": "The database cannot be reached right now. Please try again shortly.",
            "code": "database_unavailable",
        },
        "retry_after": "5",
    }


def test_any_other_database_error_is_a_500_not_an_outage(
    user_client: APIClient, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    answer = answer_with(monkeypatch, user_client, wrapped(sqlite_no_such_table, tmp_path))

    assert answer == {
        "status": 500,
        "body": {
            "detail": "Something went wrong on our side. Please try again.",
            "code": "server_error",
        },
        "retry_after": None,
    }
