"""The client's routes are its index.html, served to anyone: the page decides what to show."""

import secrets
from pathlib import Path

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("slash", ["", "/"])
def test_a_consent_link_is_the_client_page_to_a_signed_out_visitor(
    client: Client, tmp_path: Path, slash: str
) -> None:
    (tmp_path / "index.html").write_text('<!doctype html><div id="root"></div>')
    token = secrets.token_urlsafe(32)

    with override_settings(CLIENT_DIST_DIR=tmp_path):
        response = client.get(f"/consent/{token}{slash}")

    assert response.status_code == 200  # no redirect to sign in, nor to add a slash
    assert response["Content-Type"] == "text/html"
    assert b'<div id="root">' in b"".join(response.streaming_content)  # type: ignore[attr-defined]
    assert "csrftoken" in response.cookies  # the page's Agree is a POST
