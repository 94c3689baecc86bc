import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError
from django.test import Client, RequestFactory, override_settings

from apps.users.models import User
from apps.users.tests.factories import UserFactory
from apps.users.throttles import LoginAccountThrottle, LoginClientThrottle
from testing import database_url

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


def sign_in(
    client: Client, token: str, user: User, password: str, *, email: str = "", **headers: str
) -> Any:
    return client.post(
        "/api/v1/auth/login/",
        {"email": email or user.email, "password": password},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
        **headers,
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
    monkeypatch.setattr(LoginClientThrottle, "THROTTLE_RATES", {"login": "3/min"})
    token = csrf_token(csrf_client)
    statuses = [sign_in(csrf_client, token, user, "wrong").status_code for _ in range(5)]

    assert statuses[-1] == 429
    assert statuses.count(429) == 2


def test_a_new_forwarded_for_address_per_attempt_does_not_escape_the_throttle(
    csrf_client: Client, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.clear()
    monkeypatch.setattr(LoginClientThrottle, "THROTTLE_RATES", {"login": "3/min"})
    token = csrf_token(csrf_client)
    statuses = [
        sign_in(
            csrf_client, token, user, "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{attempt}"
        ).status_code
        for attempt in range(5)
    ]
    right = sign_in(
        csrf_client, token, user, "correct horse battery", HTTP_X_FORWARDED_FOR="203.0.113.99"
    )

    assert statuses == [403, 403, 403, 429, 429]
    assert right.status_code == 429
    assert right.json() == {
        "detail": right.json()["detail"],
        "code": "throttled",
    }
    assert right.json()["detail"].startswith("Too many attempts. Please try again in ")


def test_wrong_passwords_for_one_account_from_many_addresses_are_throttled(
    user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.clear()
    monkeypatch.setattr(LoginAccountThrottle, "THROTTLE_RATES", {"login_account": "3/hour"})
    statuses = []
    for attempt in range(5):
        client = Client(REMOTE_ADDR=f"198.51.100.{attempt}")
        email = user.email.upper() if attempt % 2 else user.email  # the same account
        statuses.append(sign_in(client, "", user, "wrong", email=email).status_code)
    bystander = sign_in(Client(REMOTE_ADDR="198.51.100.50"), "", UserFactory(), "wrong")

    assert statuses == [403, 403, 403, 429, 429]
    assert bystander.status_code == 403  # another account is not locked with it


def test_only_a_trusted_proxys_forwarded_address_names_the_client() -> None:
    request = RequestFactory().post(
        "/api/v1/auth/login/",
        REMOTE_ADDR="10.0.0.2",
        HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7",  # the client wrote the first one
    )
    throttle = LoginClientThrottle()

    assert throttle.get_ident(request) == "10.0.0.2"  # no proxy trusted by default
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}):
        assert throttle.get_ident(request) == "203.0.113.7"  # what our proxy appended


def test_forwarded_proto_is_not_believed_without_a_trusted_proxy(client: Client) -> None:
    assert settings.TRUSTED_PROXY_COUNT == 0
    assert settings.SECURE_PROXY_SSL_HEADER is None


def test_sign_in_ignores_the_case_of_the_email(csrf_client: Client) -> None:
    user = UserFactory(email="Maya.Okafor@Example.com")
    token = csrf_token(csrf_client)

    response = sign_in(
        csrf_client, token, user, "correct horse battery", email="maya.okafor@EXAMPLE.COM"
    )

    assert response.status_code == 200
    assert response.json()["id"] == str(user.id)


@pytest.mark.stack
def test_an_email_differing_only_in_case_cannot_make_a_second_account() -> None:
    UserFactory(email="maya@example.com")

    with pytest.raises(IntegrityError):
        UserFactory(email="MAYA@example.com")


def test_the_admin_sign_in_is_throttled_like_the_api(
    user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.clear()
    monkeypatch.setattr(LoginClientThrottle, "THROTTLE_RATES", {"login": "3/min"})
    admin = UserFactory(is_staff=True, is_superuser=True)
    client = Client()

    def attempt(password: str) -> Any:
        return client.post(
            "/admin/login/?next=/admin/", {"username": admin.email, "password": password}
        )

    statuses = [attempt("wrong").status_code for _ in range(4)]
    right = attempt("correct horse battery")

    assert statuses == [200, 200, 200, 429]  # the admin answers a wrong password with its form
    assert right.status_code == 429
    assert right.content.decode().startswith("Too many attempts.")


def test_session_names_the_signed_in_user_or_nobody(client: Client, user: User) -> None:
    assert client.get("/api/v1/auth/session/").json() == {"user": None}

    client.force_login(user)

    assert client.get("/api/v1/auth/session/").json()["user"]["email"] == user.email


@pytest.mark.stack
@pytest.mark.live
@pytest.mark.django_db(transaction=True)
def test_the_login_throttle_counts_attempts_across_processes(
    csrf_client: Client, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Web processes share the count: another process is refused once this one used the rate."""
    cache.clear()
    monkeypatch.setattr(LoginClientThrottle, "THROTTLE_RATES", {"login": "3/min"})
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
from apps.users.throttles import LoginClientThrottle
LoginClientThrottle.THROTTLE_RATES = {"login": "3/min"}
response = Client().post(
    "/api/v1/auth/login/",
    {"email": sys.argv[1], "password": "wrong"},
    content_type="application/json",
)
print(response.status_code)
"""
