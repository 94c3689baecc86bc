import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.throttling import ScopedRateThrottle

from apps.users.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


def csrf_token(client: Client) -> str:
    response = client.get("/api/v1/auth/csrf/")
    assert response.status_code == 200
    token = response.json()["csrf_token"]
    assert client.cookies["csrftoken"].value
    return token


def test_login_me_logout(csrf_client: Client, user: User) -> None:
    token = csrf_token(csrf_client)

    login = csrf_client.post(
        "/api/v1/auth/login/",
        {"email": user.email, "password": "correct horse battery"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )
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

    response = csrf_client.post(
        "/api/v1/auth/login/",
        {"email": user.email, "password": "wrong"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=token,
    )

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
    statuses = [
        csrf_client.post(
            "/api/v1/auth/login/",
            {"email": user.email, "password": "wrong"},
            content_type="application/json",
            HTTP_X_CSRFTOKEN=token,
        ).status_code
        for _ in range(5)
    ]

    assert statuses[-1] == 429
    assert statuses.count(429) == 2


def test_session_names_the_signed_in_user_or_nobody(client: Client, user: User) -> None:
    assert client.get("/api/v1/auth/session/").json() == {"user": None}

    client.force_login(user)

    assert client.get("/api/v1/auth/session/").json()["user"]["email"] == user.email
