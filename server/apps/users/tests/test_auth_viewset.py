import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.throttling import ScopedRateThrottle

from apps.core.testing import database_url
from apps.users.models import User

pytestmark = pytest.mark.django_db
SERVER_DIR = Path(__file__).resolve().parents[3]


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


def csrf_token(client: Client) -> str:
    response = client.get("/api/v1/auth/csrf/")
    assert response.status_code == 200
    token = response.json()["csrf_token"]
    assert client.cookies["csrftoken"].value
    return token


def sign_in(client: Client, token: str, user: User, password: str) -> Any:
    return client.post(
        "/api/v1/auth/login/",
        {"email": user.email, "password": password},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )


def test_login_me_logout(csrf_client: Client, user: User) -> None:
    token = csrf_token(csrf_client)

    login = sign_in(csrf_client, token, user, "correct horse battery")
    assert login.status_code == 200
    assert login.json()["email"] == user.email

    me = csrf_client.get("/api/v1/users/me/")
    assert me.status_code == 200
    assert me.json()["id"] == str(user.id)

    token = csrf_client.cookies["csrftoken"].value  # rotated at login
    logout = csrf_client.post("/api/v1/auth/logout/", HTTP_X_CSRFTOKEN=token)
    assert logout.status_code == 204
    assert csrf_client.get("/api/v1/users/me/").status_code == 403


def test_wrong_password_is_refused_in_words(csrf_client: Client, user: User) -> None:
    token = csrf_token(csrf_client)

    response = sign_in(csrf_client, token, user, "wrong")

    assert response.status_code in (401, 403)
    assert response.json() == {
        "detail": "The e-mail address or password is not correct.",
        "code": "authentication_failed",
    }
    assert csrf_client.get("/api/v1/users/me/").status_code == 403


def test_login_without_csrf_token_is_refused(csrf_client: Client, user: User) -> None:
    response = csrf_client.post(
        "/api/v1/auth/login/",
        {"email": user.email, "password": "correct horse battery"},
        content_type="application/json",
    )

    assert response.status_code == 403
    assert csrf_client.get("/api/v1/users/me/").status_code == 403


def test_unsafe_request_of_a_signed_in_user_needs_csrf(csrf_client: Client, user: User) -> None:
    csrf_client.force_login(user)

    response = csrf_client.post(
        "/api/v1/identities/", {"name": "X"}, content_type="application/json"
    )

    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


def test_login_is_throttled(
    csrf_client: Client, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.clear()
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"login": "3/min"})
    token = csrf_token(csrf_client)
    statuses = [sign_in(csrf_client, token, user, "wrong").status_code for _ in range(5)]

    assert statuses[-1] == 429
    assert statuses.count(429) == 2


def test_session_names_the_signed_in_user_or_nobody(client: Client, user: User) -> None:
    assert client.get("/api/v1/auth/session/").json() == {"user": None}

    client.force_login(user)

    assert client.get("/api/v1/auth/session/").json()["user"]["email"] == user.email


@pytest.mark.live
@pytest.mark.django_db(transaction=True)
def test_the_login_throttle_counts_attempts_across_processes(
    csrf_client: Client, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Web processes share the count: another process is refused once this one used the rate."""
    cache.clear()
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"login": "3/min"})
    token = csrf_token(csrf_client)
    for _ in range(3):
        response = sign_in(csrf_client, token, user, "wrong")
        assert response.json()["code"] == "authentication_failed"

    other_process = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", ANOTHER_WEB_PROCESS_LOGS_IN, user.email],
        cwd=SERVER_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "settings.test",
            "DATABASE_URL": database_url(),
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert other_process.stdout.strip() == "429", other_process.stderr


ANOTHER_WEB_PROCESS_LOGS_IN = """
import sys
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()
from rest_framework.throttling import ScopedRateThrottle
ScopedRateThrottle.THROTTLE_RATES = {"login": "3/min"}
response = Client().post(
    "/api/v1/auth/login/",
    {"email": sys.argv[1], "password": "wrong"},
    content_type="application/json",
)
print(response.status_code)
"""
