"""Errors Django answers before (or instead of) DRF: under /api/ they are JSON in the one shape
{"detail": sentence, "code": code}; elsewhere they stay Django's own pages.
"""

from pathlib import Path
from typing import Any

import pytest
from django.test import Client, override_settings
from PIL import Image
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.identities.tests.factories import IdentityFactory
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import plain_upload

pytestmark = pytest.mark.django_db


def assert_api_error(response: Any, status: int, code: str | None = None) -> dict[str, str]:
    assert response.status_code == status, (response.status_code, response.content[:500])
    assert response["Content-Type"] == "application/json", response.content[:500]
    body = response.json()
    assert set(body) == {"detail", "code"}
    assert body["detail"].strip().endswith(".")
    assert body["code"]
    if code is not None:
        assert body["code"] == code
    return body


# --- CSRF -----------------------------------------------------------------------------------


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


@pytest.mark.parametrize("path", ["/api/v1/auth/login/", "/api/v1/auth/logout/"])
def test_a_csrf_failure_under_the_api_is_json(csrf_client: Client, path: str) -> None:
    body = {"email": "someone@example.com", "password": "secret"}

    response = csrf_client.post(path, body, content_type="application/json")

    assert_api_error(response, 403, "csrf_failed")


def test_a_wrong_csrf_token_under_the_api_is_json(csrf_client: Client) -> None:
    csrf_client.get("/api/v1/auth/csrf/")

    response = csrf_client.post(
        "/api/v1/auth/login/", {}, content_type="application/json", HTTP_X_CSRFTOKEN="x" * 32
    )

    assert_api_error(response, 403, "csrf_failed")


def test_a_csrf_failure_outside_the_api_is_djangos_page(csrf_client: Client) -> None:
    response = csrf_client.post("/admin/login/", {"username": "a", "password": "b"})

    assert response.status_code == 403
    assert response["Content-Type"].startswith("text/html")


# --- request bodies Django refuses ----------------------------------------------------------


@override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=10)
def test_more_multipart_fields_than_allowed_is_a_json_400(user_client: APIClient) -> None:
    fields = {f"field{index}": "x" for index in range(11)}

    response = user_client.post("/api/v1/reference-images/", fields, format="multipart")

    assert_api_error(response, 400, "too_many_fields")


@override_settings(DATA_UPLOAD_MAX_NUMBER_FIELDS=10)
def test_more_form_fields_than_allowed_is_a_json_400(api_client: APIClient) -> None:
    body = "&".join(f"field{index}=x" for index in range(11))

    response = api_client.post(
        "/api/v1/auth/login/", body, content_type="application/x-www-form-urlencoded"
    )

    assert_api_error(response, 400, "too_many_fields")


@override_settings(DATA_UPLOAD_MAX_NUMBER_FILES=1)
def test_more_files_than_allowed_is_a_json_400(user_client: APIClient) -> None:
    files = {"image": plain_upload(), "other": plain_upload()}

    response = user_client.post("/api/v1/reference-images/", files, format="multipart")

    assert_api_error(response, 400, "too_many_files")
    assert not ReferenceImage.objects.exists()


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
def test_a_json_body_over_the_memory_limit_is_a_json_413(
    user_client: APIClient, debug: bool
) -> None:
    body = {"name": "Creative Visionary", "i_am_statement": "x" * 2000}

    with override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000, DEBUG=debug):
        response = user_client.post("/api/v1/identities/", body, format="json")

    assert_api_error(response, 413, "request_too_large")
    assert not Identity.objects.exists()


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=1000)
def test_a_form_body_over_the_memory_limit_is_a_json_413(api_client: APIClient) -> None:
    body = "email=a%40example.com&password=" + "x" * 2000

    response = api_client.post(
        "/api/v1/auth/login/", body, content_type="application/x-www-form-urlencoded"
    )

    assert_api_error(response, 413, "request_too_large")


# --- a Host the site does not serve ---------------------------------------------------------


@pytest.mark.parametrize("path", ["/api/v1/users/me/", "/api/v1/auth/csrf/", "/api/schema/"])
def test_an_unknown_host_under_the_api_is_a_json_400(client: Client, path: str) -> None:
    response = client.get(path, HTTP_HOST="attacker.example")

    assert_api_error(response, 400, "bad_request")


def test_an_unknown_host_outside_the_api_is_djangos_page(client: Client) -> None:
    response = client.get("/images/", HTTP_HOST="attacker.example")

    assert response.status_code == 400
    assert not response["Content-Type"].startswith("application/json")


# --- the trailing slash ---------------------------------------------------------------------


@pytest.mark.parametrize("debug", [False, True], ids=["production", "debug"])
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_write_without_the_trailing_slash_is_a_json_404_naming_the_url(
    user_client: APIClient, user: User, method: str, debug: bool
) -> None:
    identity = IdentityFactory(user=user)
    path = f"/api/v1/identities/{identity.pk}"

    with override_settings(DEBUG=debug):
        response = getattr(user_client, method)(path, {"name": "New"}, format="json")

    body = assert_api_error(response, 404, "not_found")
    assert f"{path}/" in body["detail"]
    identity.refresh_from_db()
    assert identity.name != "New"


def test_a_post_to_a_list_without_the_trailing_slash_keeps_the_query(
    user_client: APIClient,
) -> None:
    response = user_client.post("/api/v1/identities?user_id=x", {"name": "A"}, format="json")

    body = assert_api_error(response, 404, "not_found")
    assert "/api/v1/identities/?user_id=x" in body["detail"]


def test_a_get_without_the_trailing_slash_is_still_redirected(user_client: APIClient) -> None:
    response = user_client.get("/api/v1/identities")

    assert response.status_code == 301
    assert response["Location"] == "/api/v1/identities/"


def test_a_page_without_the_trailing_slash_is_still_redirected(
    client: Client, staff_user: User
) -> None:
    client.force_login(staff_user)

    response = client.get("/admin/users/user")

    assert response.status_code == 301
    assert response["Location"] == "/admin/users/user/"


def test_the_api_docs_without_the_trailing_slash_are_still_redirected(client: Client) -> None:
    response = client.get("/api/docs")

    assert response.status_code == 301
    assert response["Location"] == "/api/docs/"


def test_an_unknown_api_path_without_a_slash_is_the_plain_json_404(
    user_client: APIClient,
) -> None:
    response = user_client.post("/api/v1/nothing-here", {}, format="json")

    assert assert_api_error(response, 404) == {"detail": "Not found.", "code": "not_found"}


# --- DRF's own refusals keep the shape ------------------------------------------------------


def test_a_method_the_route_does_not_have_is_a_405_in_the_shape(
    user_client: APIClient, user: User
) -> None:
    identity = IdentityFactory(user=user)

    response = user_client.put(f"/api/v1/identities/{identity.pk}/", {}, format="json")

    assert_api_error(response, 405, "method_not_allowed")


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/api/v1/identities/", "text/plain"), ("/api/v1/image-generation/generate/", "text/xml")],
)
def test_a_content_type_the_route_does_not_read_is_a_415_in_the_shape(
    staff_client: APIClient, path: str, content_type: str
) -> None:
    response = staff_client.post(path, "name=x", content_type=content_type)

    assert_api_error(response, 415, "unsupported_media_type")


def test_json_sent_to_an_upload_route_is_a_415_in_the_shape(
    user_client: APIClient, user: User
) -> None:
    identity = IdentityFactory(user=user)

    response = user_client.patch(
        f"/api/v1/identities/{identity.pk}/upload-image/", {"image": "x"}, format="json"
    )

    assert_api_error(response, 415, "unsupported_media_type")


@pytest.mark.parametrize("path", ["/favicon-missing.ico", "/robots.txt", "/images/poster.png"])
def test_a_missing_file_outside_the_api_is_a_404_not_the_page(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert b'<div id="root">' not in response.content


def test_the_client_ships_a_favicon_its_index_links() -> None:
    client_dir = Path(__file__).resolve().parents[4] / "client"
    with Image.open(client_dir / "public" / "favicon.ico") as icon:
        assert icon.format == "ICO"
    index = (client_dir / "index.html").read_text()
    assert 'rel="icon" href="/favicon.ico"' in index
    assert 'rel="icon" href="/favicon.svg"' in index
