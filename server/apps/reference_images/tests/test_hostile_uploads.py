"""Hostile uploads: every refusal is a 4xx with a sentence, never a 500, and leaves no file.

The files are sent to every route that takes an image from a person (UPLOAD_ROUTES: adding
a reference photo, replacing one, an identity's image); they all go through one pipeline.
The valid-but-unusual photos (CMYK, 16-bit, odd names and content types) are accepted.
"""

import io
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import (
    UPLOAD_ROUTES,
    StoredMedia,
    UploadRoute,
    fixture_image,
    image_bytes,
    plain_upload,
)

from .factories import ReferenceImageFactory

URL = "/api/v1/reference-images/"


# --- crafted bytes ------------------------------------------------------------------------


def jpeg(size: tuple[int, int] = (640, 480), mode: str = "RGB") -> bytes:
    return image_bytes(Image.new(mode, size, 120 if mode == "L" else (90, 140, 200)))


def png(size: tuple[int, int] = (640, 480), mode: str = "RGB") -> bytes:
    color = {"RGB": (90, 140, 200), "RGBA": (90, 140, 200, 128), "I;16": 40000, "L": 90}[mode]
    return image_bytes(Image.new(mode, size, color), format="PNG")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def png_claiming(width: int, height: int) -> bytes:
    """A PNG header claiming width x height greyscale pixels, with only a few real bytes."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)  # a few rows; the rest would inflate from nothing
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header (SOF0) is rewritten to claim width x height."""
    data = bytearray(jpeg((64, 64)))
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def gif(frames: int = 1, size: tuple[int, int] = (640, 480)) -> bytes:
    images = [Image.new("P", size, index * 40) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="GIF", save_all=frames > 1, append_images=images[1:])
    return buffer.getvalue()


def encoded(size: tuple[int, int], format: str) -> bytes:
    return image_bytes(Image.new("RGB", size, (10, 200, 30)), format=format)


def zip_file() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("payload.txt", "not a photo")
    return buffer.getvalue()


def photo(format: str, **params: object) -> bytes:
    """A real photo (the fixture cat) encoded as `format`: detail for a truncation to cut into."""
    return image_bytes(fixture_image("chelsea"), format=format, **params)


def png_with_garbage_data(*, deflated: bool) -> bytes:
    """A 640x480 PNG whose chunks all have valid lengths and checksums, but whose image data is
    junk: not a zlib stream at all, or a valid zlib stream of junk rows (unknown filter types)."""
    junk = bytes((index * 7919 + 13) % 256 for index in range(480 * (640 * 3 + 1)))
    ihdr = struct.pack(">IIBBBBB", 640, 480, 8, 2, 0, 0, 0)
    idat = zlib.compress(junk) if deflated else junk[:20_000]
    return (
        b"\x89PNG\r\n\x1a\n"
        + _png_chunk(b"IHDR", ihdr)
        + _png_chunk(b"IDAT", idat)
        + _png_chunk(b"IEND", b"")
    )


def xpm(*, colours: int = 2) -> bytes:
    """A 300x300 X PixMap (C source text), or one whose header claims more colours than it has."""
    rows = [b'"' + b" " * 300 + b'",'] * 300
    header = [b"/* XPM */", b"static char *photo[] = {", f'"300 300 {colours} 1",'.encode()]
    return b"\n".join([*header, b'"  c #ffffff",', b'". c #000000",', *rows, b"};"]) + b"\n"


def psd(*, mode: int = 3) -> bytes:
    """A 300x300 RGB Photoshop document (raw image data), or one of an unknown colour mode."""
    header = b"8BPS" + struct.pack(">H6xHIIHH", 1, 3, 300, 300, 8, mode)
    sections = struct.pack(">III", 0, 0, 0)  # no colour data, resources, layers
    return header + sections + struct.pack(">H", 0) + b"\x80" * (300 * 300 * 3)


def sun_raster(*, depth: int = 24) -> bytes:
    """A 300x300 Sun raster, or one of a depth the format does not have."""
    header = struct.pack(">8I", 0x59A66A95, 300, 300, depth, 0, 1, 0, 0)
    return header + b"\x80" * (300 * 300 * 3)


def eps(bounding_box: bytes = b"0 0 300 300") -> bytes:
    """Encapsulated PostScript (a program, not pixels), or one whose bounding box is not numbers."""
    return (
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: "
        + bounding_box
        + b"\n%%EndComments\nshowpage\n%%EOF\n"
    )


def fits(*, bits: int = 8) -> bytes:
    """A 300x300 FITS image (astronomy), or one whose BITPIX is not a FITS sample size."""
    cards = [
        "SIMPLE  =                    T",
        f"BITPIX  = {bits:>20}",
        "NAXIS   =                    2",
        "NAXIS1  =                  300",
        "NAXIS2  =                  300",
        "END",
    ]
    header = "".join(card.ljust(80) for card in cards).ljust(2880).encode()
    return header + b"\x80" * (300 * 300)


def xv_thumbnail(size: bytes = b"300 300 255") -> bytes:
    """An XV thumbnail (P7 332), or one whose size line is not numbers."""
    header = b"P7 332\n#XVVERSION:Version 2.28\n#END_OF_COMMENTS\n" + size + b"\n"
    return header + b"\x80" * (300 * 300)


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">'
    b"<script>alert(document.cookie)</script><rect width='640' height='480'/></svg>"
)
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"
VALID = jpeg()
HEIC = photo("HEIF")
PROGRESSIVE_JPEG = photo("JPEG", progressive=True)

# (id, bytes, file name, content type, status, code)
REFUSED = [
    ("zero-byte", b"", "photo.jpg", "image/jpeg", 400, "empty_file"),
    ("truncated-jpeg-half", VALID[: len(VALID) // 2], "photo.jpg", "image/jpeg", 400, None),
    ("truncated-jpeg-header-only", VALID[:200], "photo.jpg", "image/jpeg", 400, None),
    ("truncated-png", png()[:300], "photo.png", "image/png", 400, None),
    ("png-signature-only", b"\x89PNG\r\n\x1a\n", "photo.png", "image/png", 400, None),
    ("jpeg-soi-eoi-only", b"\xff\xd8\xff\xd9", "photo.jpg", "image/jpeg", 400, None),
    (
        "png-bomb-100000x100000",
        png_claiming(100_000, 100_000),
        "bomb.png",
        "image/png",
        400,
        "too_many_pixels",
    ),
    (
        "png-bomb-7000x7000",
        png_claiming(7000, 7000),
        "bomb.png",
        "image/png",
        400,
        "too_many_pixels",
    ),
    (
        "jpeg-bomb-65535x65535",
        jpeg_claiming(65535, 65535),
        "bomb.jpg",
        "image/jpeg",
        400,
        "too_many_pixels",
    ),
    (
        "jpeg-bomb-8000x6000",
        jpeg_claiming(8000, 6000),
        "bomb.jpg",
        "image/jpeg",
        400,
        "too_many_pixels",
    ),
    ("svg-with-script-as-jpg", SVG, "photo.jpg", "image/jpeg", 400, "invalid_image"),
    ("svg-with-script-as-svg", SVG, "photo.svg", "image/svg+xml", 400, "invalid_image"),
    ("html-renamed-jpg", HTML, "photo.jpg", "image/jpeg", 400, "invalid_image"),
    ("pdf-renamed-jpg", PDF, "photo.jpg", "image/jpeg", 400, "invalid_image"),
    ("pdf-with-jpeg-magic", b"\xff\xd8\xff\xe0" + PDF, "photo.jpg", "image/jpeg", 400, None),
    ("zip-renamed-jpg", zip_file(), "photo.jpg", "image/jpeg", 400, "invalid_image"),
    ("zip-with-jpeg-magic", b"\xff\xd8\xff\xe1" + zip_file(), "photo.jpg", "image/jpeg", 400, None),
    (
        "gif-js-polyglot",
        b"GIF89a/*\x00\x00*/=1;alert(document.domain);",
        "photo.jpg",
        "image/jpeg",
        400,
        None,
    ),
    (
        "plain-text",
        b"hello, I am not a photo\n" * 50,
        "photo.jpg",
        "image/jpeg",
        400,
        "invalid_image",
    ),
    ("text-labelled-png", b"just text", "photo.png", "image/png", 400, "invalid_image"),
    (
        "windows-executable",
        b"MZ\x90\x00" + b"\x00" * 2000,
        "photo.jpg",
        "image/jpeg",
        400,
        "invalid_image",
    ),
    ("null-bytes", b"\x00" * 4096, "photo.jpg", "image/jpeg", 400, "invalid_image"),
    ("random-bytes", bytes(range(256)) * 64, "photo.jpg", "image/jpeg", 400, "invalid_image"),
    ("webp-riff-truncated", b"RIFF\x24\x00\x00\x00WEBPVP8 ", "photo.webp", "image/webp", 400, None),
    (
        "heic-ftyp-junk",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x01" * 64,
        "photo.heic",
        "image/heic",
        400,
        None,
    ),
    ("truncated-heic-half", HEIC[: len(HEIC) // 2], "photo.heic", "image/heic", 400, None),
    ("truncated-heic-last-bytes", HEIC[:-16], "photo.heic", "image/heic", 400, None),
    (
        "truncated-progressive-jpeg",
        PROGRESSIVE_JPEG[: len(PROGRESSIVE_JPEG) // 2],
        "photo.jpg",
        "image/jpeg",
        400,
        None,
    ),
    ("jpeg-without-end-marker", VALID[:-2], "photo.jpg", "image/jpeg", 400, None),
    (
        "png-valid-checksums-junk-data",
        png_with_garbage_data(deflated=False),
        "photo.png",
        "image/png",
        400,
        "invalid_image",
    ),
    (
        "png-valid-checksums-deflated-junk-rows",
        png_with_garbage_data(deflated=True),
        "photo.png",
        "image/png",
        400,
        "invalid_image",
    ),
    ("xpm-named-png", xpm(), "photo.png", "image/png", 400, "unsupported_format"),
    ("xpm-broken-named-png", xpm(colours=300), "photo.png", "image/png", 400, None),
    ("psd-named-png", psd(), "photo.png", "image/png", 400, "unsupported_format"),
    ("psd-broken-named-png", psd(mode=99), "photo.png", "image/png", 400, None),
    ("sun-named-png", sun_raster(), "photo.png", "image/png", 400, "unsupported_format"),
    ("sun-broken-named-png", sun_raster(depth=7), "photo.png", "image/png", 400, None),
    ("eps-named-png", eps(), "photo.png", "image/png", 400, "unsupported_format"),
    ("eps-broken-named-png", eps(b"a b c d"), "photo.png", "image/png", 400, None),
    ("fits-named-png", fits(), "photo.png", "image/png", 400, "unsupported_format"),
    ("fits-broken-named-png", fits(bits=13), "photo.png", "image/png", 400, None),
    ("xvthumb-named-png", xv_thumbnail(), "photo.png", "image/png", 400, "unsupported_format"),
    ("xvthumb-broken-named-png", xv_thumbnail(b"a b 255"), "photo.png", "image/png", 400, None),
    ("animated-gif", gif(frames=3), "photo.gif", "image/gif", 400, "unsupported_format"),
    ("still-gif", gif(), "photo.gif", "image/gif", 400, "unsupported_format"),
    ("bmp", encoded((640, 480), "BMP"), "photo.bmp", "image/bmp", 400, "unsupported_format"),
    ("tiff", encoded((640, 480), "TIFF"), "photo.tiff", "image/tiff", 400, "unsupported_format"),
    ("ico", encoded((64, 64), "ICO"), "favicon.ico", "image/x-icon", 400, None),
    ("1x1-jpeg", jpeg((1, 1)), "photo.jpg", "image/jpeg", 400, "too_small"),
    ("100000x1-png", png((100_000, 1), mode="L"), "photo.png", "image/png", 400, "too_small"),
    ("255x4000-jpeg", jpeg((255, 4000)), "photo.jpg", "image/jpeg", 400, "too_small"),
    (
        "25-mb-file",
        b"\xff\xd8\xff\xe0" + b"\x00" * (25 * 1024 * 1024),
        "big.jpg",
        "image/jpeg",
        413,
        "file_too_large",
    ),
]


def files_outside_the_media_folder(tmp_path: Path) -> set[Path]:
    media_root = tmp_path / "media"
    return {p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(media_root)}


def assert_sentence(response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.content[:500]
    body = response.json()
    assert isinstance(body["detail"], str)
    assert body["detail"].strip()
    assert isinstance(body["code"], str)
    assert body["code"]
    if code is not None:
        assert body["code"] == code


def stored_state(media: StoredMedia) -> tuple[list[str], list[tuple], list[tuple]]:
    """Every stored file and every row's files: what a refused upload must leave as it was."""
    references = ReferenceImage.objects.order_by("pk").values_list("pk", "image", "model_image")
    identities = Identity.objects.order_by("pk").values_list("pk", "image")
    return media.names(), list(references), list(identities)


ROUTES = pytest.mark.parametrize("route", UPLOAD_ROUTES, ids=[route.id for route in UPLOAD_ROUTES])


@ROUTES
@pytest.mark.parametrize(
    ("data", "name", "content_type", "status", "code"),
    [case[1:] for case in REFUSED],
    ids=[case[0] for case in REFUSED],
)
def test_hostile_file_is_refused_with_a_sentence_and_leaves_nothing(
    user_client: APIClient,
    media_storage: StoredMedia,
    route: UploadRoute,
    data: bytes,
    name: str,
    content_type: str,
    status: int,
    code: str | None,
) -> None:
    url = route.prepare(user_client)
    before = stored_state(media_storage)

    response = route.send(
        user_client, url, SimpleUploadedFile(name, data, content_type=content_type)
    )

    assert_sentence(response, status, code)
    assert stored_state(media_storage) == before


@ROUTES
def test_a_valid_photo_over_the_configured_limit_is_a_413(
    user_client: APIClient, media_storage: StoredMedia, route: UploadRoute
) -> None:
    url = route.prepare(user_client)
    before = stored_state(media_storage)

    with override_settings(IMAGE_UPLOAD_MAX_BYTES=10_000):
        response = route.send(user_client, url, plain_upload((2000, 2000)))

    assert_sentence(response, 413, "file_too_large")
    assert stored_state(media_storage) == before


@ROUTES
def test_a_photo_one_byte_over_the_limit_is_told_both_sizes_apart(
    user_client: APIClient, media_storage: StoredMedia, route: UploadRoute
) -> None:
    url = route.prepare(user_client)
    file = plain_upload((2000, 2000))
    limit = file.size - 1

    with override_settings(IMAGE_UPLOAD_MAX_BYTES=limit):
        response = route.send(user_client, url, file)

    assert_sentence(response, 413, "file_too_large")
    assert response.json()["detail"] == (
        f"This file is {file.size:,} bytes; the largest image accepted is {limit:,} bytes."
    )


# --- fields other than the file -------------------------------------------------------------

BAD_FIELDS = [
    ("missing-file-field", {"name": "No file"}),
    ("file-field-is-text", {"image": "not a file"}),
    ("order-minus-one", {"order": "-1"}),
    ("order-five", {"order": "5"}),
    ("order-letter", {"order": "x"}),
    ("order-fraction", {"order": "1.5"}),
    ("order-huge", {"order": "99999999999999999999999"}),
    ("name-too-long", {"name": "n" * 256}),
    ("user-id-malformed", {"user_id": "../../etc/passwd"}),
]


@pytest.mark.parametrize(
    "fields", [case[1] for case in BAD_FIELDS], ids=[case[0] for case in BAD_FIELDS]
)
def test_bad_fields_are_a_400_with_a_sentence(
    user_client: APIClient, media_storage: StoredMedia, fields: dict[str, str]
) -> None:
    data: dict[str, object] = {"image": plain_upload(), **fields}
    if fields.get("name") == "No file":
        data.pop("image")

    assert_sentence(user_client.post(URL, data), 400)
    assert not ReferenceImage.objects.exists()
    assert media_storage.names() == []


def test_an_empty_order_means_the_lowest_free_slot(user_client: APIClient) -> None:
    """Left blank in a form, `order` is "not given" (documented), not an error."""
    response = user_client.post(URL, {"image": plain_upload(), "order": ""})

    assert response.status_code == 201
    assert response.json()["order"] == 0


def test_a_user_cannot_create_for_another_user(
    user_client: APIClient, other_user: User, media_storage: StoredMedia
) -> None:
    response = user_client.post(URL, {"image": plain_upload(), "user_id": str(other_user.pk)})

    assert_sentence(response, 403, "permission_denied")
    assert not ReferenceImage.objects.exists()
    assert media_storage.names() == []


def test_staff_creating_for_an_unknown_user_get_a_404(
    staff_client: APIClient, media_storage: StoredMedia
) -> None:
    response = staff_client.post(
        URL, {"image": plain_upload(), "user_id": "00000000-0000-4000-8000-000000000000"}
    )

    assert_sentence(response, 404)
    assert not ReferenceImage.objects.exists()
    assert media_storage.names() == []


def test_a_sixth_photo_is_refused_and_leaves_no_file(
    user_client: APIClient, user: User, media_storage: StoredMedia
) -> None:
    for _ in range(5):
        ReferenceImageFactory(user=user)
    before = media_storage.names()

    assert_sentence(user_client.post(URL, {"image": plain_upload()}), 400)
    assert ReferenceImage.objects.filter(user=user).count() == 5
    assert media_storage.names() == before


# --- valid but unusual: accepted --------------------------------------------------------------


def cmyk_jpeg() -> bytes:
    return image_bytes(Image.new("CMYK", (640, 480), (10, 80, 0, 20)))


ACCEPTED = [
    ("cmyk-jpeg", cmyk_jpeg(), "cmyk.jpg", "image/jpeg"),
    ("16-bit-greyscale-png", png(mode="I;16"), "deep.png", "image/png"),
    ("png-with-alpha", png(mode="RGBA"), "alpha.png", "image/png"),
    ("jpeg-sent-as-octet-stream", VALID, "photo.jpg", "application/octet-stream"),
    ("jpeg-sent-as-text-plain", VALID, "photo.txt", "text/plain"),
    ("png-named-jpg", png(), "photo.jpg", "image/jpeg"),
    ("jpeg-with-trailing-junk", VALID + b"<script>alert(1)</script>", "photo.jpg", "image/jpeg"),
    ("unicode-name", VALID, "фото 😀 写真.jpg", "image/jpeg"),
    ("path-traversal-name", VALID, "../../etc/passwd.jpg", "image/jpeg"),
    ("absolute-path-name", VALID, "/etc/cron.d/evil.jpg", "image/jpeg"),
    ("windows-traversal-name", VALID, "..\\..\\windows\\win.ini.jpg", "image/jpeg"),
]


@pytest.mark.stack
@ROUTES
@pytest.mark.parametrize(
    ("data", "name", "content_type"),
    [case[1:] for case in ACCEPTED],
    ids=[case[0] for case in ACCEPTED],
)
def test_valid_but_unusual_photo_is_accepted_and_stored_inside_the_media_folder(
    user_client: APIClient,
    media_storage: StoredMedia,
    tmp_path: Path,
    route: UploadRoute,
    data: bytes,
    name: str,
    content_type: str,
) -> None:
    url = route.prepare(user_client)
    before = set(media_storage.names())
    outside_before = files_outside_the_media_folder(tmp_path)

    response = route.send(
        user_client, url, SimpleUploadedFile(name, data, content_type=content_type)
    )

    assert response.status_code == route.success_status, response.content[:500]
    stored = sorted(set(media_storage.names()) - before)
    assert len(stored) == route.stored_files
    for stored_name in stored:
        assert ".." not in stored_name
        assert "passwd" not in stored_name
        assert "win.ini" not in stored_name
        with default_storage.open(stored_name, "rb") as file, Image.open(file) as saved:
            assert saved.format in route.stored_formats
            assert saved.mode == "RGB"
    assert files_outside_the_media_folder(tmp_path) == outside_before


# --- replacing the photo: POST /{id}/upload-image/ (refusals: see the tests above) ----------


def test_replacement_without_a_file_is_a_400(user_client: APIClient, user: User) -> None:
    reference = ReferenceImageFactory(user=user)

    assert_sentence(user_client.post(f"{URL}{reference.pk}/upload-image/", {}), 400)


def test_replacing_another_users_photo_is_a_404_and_changes_nothing(
    user_client: APIClient, other_user: User, media_storage: StoredMedia
) -> None:
    theirs = ReferenceImageFactory(user=other_user)
    before = media_storage.names()

    response = user_client.post(f"{URL}{theirs.pk}/upload-image/", {"image": plain_upload()})

    assert_sentence(response, 404)
    assert media_storage.names() == before
