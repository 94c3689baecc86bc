import io
import struct
import time
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.test import Client, override_settings
from PIL import Image

from apps.core.storage import sign_media_name
from testing import LocalMedia, image_bytes, local_media

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_storage(tmp_path: Path) -> Iterator[LocalMedia]:
    """Signed URLs are the local storage's; S3 hands out presigned ones (test_s3_storage)."""
    with local_media(tmp_path / "media") as media:
        yield media


MEDIA_CSP = "default-src 'none'; img-src 'self'"
JPEG = image_bytes(Image.new("RGB", (64, 48), (90, 140, 200)))


def png_pdf_polyglot() -> bytes:
    """A valid PNG that a PDF reader also opens: the PDF sits in a private chunk and after IEND."""
    png = image_bytes(Image.new("RGB", (64, 48), (10, 200, 30)), format="PNG")
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    chunk = struct.pack(">I", len(pdf)) + b"pdFx" + pdf
    chunk += struct.pack(">I", zlib.crc32(b"pdFx" + pdf) & 0xFFFFFFFF)
    return png[:33] + chunk + png[33:] + pdf  # after the signature and IHDR


@pytest.fixture
def stored_name() -> str:
    return default_storage.save("identity_images/secret.jpg", ContentFile(JPEG))


def served(client: Client, name: str) -> tuple[Any, bytes]:
    response = client.get(default_storage.url(name))
    assert response.status_code == 200
    return response, b"".join(response.streaming_content)


def test_signed_url_serves_the_bytes(client: Client, stored_name: str) -> None:
    response, content = served(client, stored_name)

    assert content == JPEG
    assert response["Content-Type"] == "image/jpeg"
    assert response["Cache-Control"].startswith("private")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == MEDIA_CSP
    assert not response.get("Content-Disposition", "").startswith("attachment")


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (JPEG, "image/jpeg"),
        (image_bytes(Image.new("RGB", (64, 48)), format="PNG"), "image/png"),
        (image_bytes(Image.new("RGB", (64, 48)), format="WEBP"), "image/webp"),
    ],
    ids=["jpeg", "png", "webp"],
)
@pytest.mark.parametrize("name", ["photo.jpg", "photo.png", "photo.html", "photo"])
def test_an_image_is_served_as_what_its_bytes_are_whatever_its_name(
    client: Client, data: bytes, content_type: str, name: str
) -> None:
    stored = default_storage.save(f"identity_images/{name}", ContentFile(data))

    response, content = served(client, stored)

    assert content == data
    assert response["Content-Type"] == content_type
    assert not response.get("Content-Disposition", "").startswith("attachment")


def test_a_png_pdf_polyglot_named_pdf_is_served_as_a_png(client: Client) -> None:
    data = png_pdf_polyglot()
    with Image.open(io.BytesIO(data)) as check:
        check.load()  # a real PNG ...
    assert b"%PDF-1.4" in data  # ... that carries a PDF
    stored = default_storage.save("identity_images/report.pdf", ContentFile(data))

    response, content = served(client, stored)

    assert content == data
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == MEDIA_CSP


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("report.pdf", b"%PDF-1.4\n%%EOF\n"),
        ("page.html", b"<!doctype html><script>alert(1)</script>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("photo.jpg", b"<!doctype html><script>alert(1)</script>"),
        ("photo.png", b"\x89PNG\r\n\x1a\n<script>alert(1)</script>"),
        ("photo.gif", b"GIF89a/*\x00\x00*/=1;alert(document.domain);"),
        ("empty.jpg", b""),
    ],
    ids=["pdf", "html", "svg", "html-named-jpg", "png-magic-only", "gif", "empty"],
)
def test_anything_but_a_jpeg_png_or_webp_is_a_download(
    client: Client, name: str, data: bytes
) -> None:
    stored = default_storage.save(f"identity_images/{name}", ContentFile(data))

    response, content = served(client, stored)

    assert content == data
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == MEDIA_CSP


def test_url_without_signature_is_refused(client: Client, stored_name: str) -> None:
    assert client.get(f"/media/{stored_name}").status_code == 403


def test_tampered_signature_is_refused(client: Client, stored_name: str) -> None:
    url = default_storage.url(stored_name)
    tampered = url[:-4] + ("0000" if not url.endswith("0000") else "1111")

    assert client.get(tampered).status_code == 403


def test_signature_of_another_file_is_refused(client: Client, stored_name: str) -> None:
    other = default_storage.save("identity_images/other.jpg", ContentFile(JPEG))
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
