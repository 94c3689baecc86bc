import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client, override_settings

from apps.core.storage import sign_media_name
from apps.core.testing import LocalMedia, local_media

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_storage(tmp_path: Path) -> Iterator[LocalMedia]:
    """Signed URLs are the local storage's; S3 hands out presigned ones (test_s3_storage)."""
    with local_media(tmp_path / "media") as media:
        yield media


@pytest.fixture
def stored_name() -> str:
    return default_storage.save("identity_images/secret.jpg", ContentFile(b"jpeg bytes"))


def test_signed_url_serves_the_bytes(client: Client, stored_name: str) -> None:
    response = client.get(default_storage.url(stored_name))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"jpeg bytes"
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"].startswith("private")


def test_url_without_signature_is_refused(client: Client, stored_name: str) -> None:
    assert client.get(f"/media/{stored_name}").status_code == 403


def test_tampered_signature_is_refused(client: Client, stored_name: str) -> None:
    url = default_storage.url(stored_name)
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")

    assert client.get(tampered).status_code == 403


def test_signature_of_another_file_is_refused(client: Client, stored_name: str) -> None:
    other = default_storage.save("identity_images/other.jpg", ContentFile(b"other"))
    query = default_storage.url(other).split("?", 1)[1]

    assert client.get(f"/media/{stored_name}?{query}").status_code == 403


def test_expired_url_is_refused(client: Client, stored_name: str) -> None:
    with override_settings(MEDIA_URL_TTL_S=60):
        expires, signature = sign_media_name(stored_name, now=time.time() - 3600)

    response = client.get(f"/media/{stored_name}?expires={expires}&signature={signature}")

    assert response.status_code == 403


def test_url_lifetime_never_exceeds_the_ttl() -> None:
    with override_settings(MEDIA_URL_TTL_S=600):
        now = time.time()
        expires, _ = sign_media_name("a.jpg", now=now)

    assert now + 600 * 3 / 4 - 1 <= expires <= now + 600


def test_signed_url_of_a_missing_file_is_404(client: Client) -> None:
    expires, signature = sign_media_name("identity_images/gone.jpg")

    response = client.get(
        f"/media/identity_images/gone.jpg?expires={expires}&signature={signature}"
    )

    assert response.status_code == 404


def test_media_folder_is_not_listed(
    client: Client, stored_name: str, media_storage: LocalMedia
) -> None:
    assert media_storage.exists(stored_name)
    assert client.get("/media/").status_code in (403, 404)
    assert client.get("/media/identity_images/").status_code in (403, 404)
