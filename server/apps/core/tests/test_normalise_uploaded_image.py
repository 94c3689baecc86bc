"""The one pipeline every uploaded image goes through: checks, normalisation, no metadata."""

import io
import struct
import zlib

import numpy as np
import pytest
from django.core.files.storage import default_storage
from django.test import override_settings
from PIL import ExifTags, Image, ImageCms
from rest_framework.exceptions import ValidationError
from rest_framework.test import APIClient

from apps.core.exceptions import PayloadTooLarge
from apps.core.uploads import normalise_uploaded_image, prepare_uploaded_image_file
from testing import (
    UPLOAD_ROUTES,
    StoredMedia,
    UploadRoute,
    fixture_image,
    image_bytes,
    jpeg_with_location,
    upload,
)


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def png_header_only(width: int, height: int) -> bytes:
    """A PNG whose header claims `width`x`height` pixels, with almost no pixel data."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 16))
        + chunk(b"IEND", b"")
    )


def test_cmyk_jpeg_becomes_rgb_with_its_colours() -> None:
    red = Image.new("RGB", (600, 400), (220, 30, 30)).convert("CMYK")

    normalised = normalise_uploaded_image(file=upload(image_bytes(red, format="JPEG")))

    stored = normalised.image
    assert stored.mode == "RGB"
    r, g, b = stored.getpixel((300, 200))
    assert r > 180
    assert g < 80
    assert b < 80


def test_sixteen_bit_png_is_scaled_to_eight_bits_not_clipped() -> None:
    grey = Image.frombytes("I;16", (600, 400), np.full((400, 600), 32768, dtype="<u2").tobytes())

    normalised = normalise_uploaded_image(
        file=upload(image_bytes(grey, format="PNG"), "scan.png", "image/png")
    )

    r, g, b = normalised.image.getpixel((300, 200))
    assert 120 <= r <= 136
    assert r == g == b


def test_transparent_palette_png_is_laid_on_white() -> None:
    palette = Image.new("P", (600, 400), 0)
    palette.putpalette([0, 0, 0, 200, 0, 0] + [0] * 762)
    palette.paste(1, (0, 0, 300, 400))
    data = image_bytes(palette, format="PNG", transparency=0)

    normalised = normalise_uploaded_image(file=upload(data, "logo.png", "image/png"))

    stored = normalised.image
    assert stored.mode == "RGB"
    assert min(stored.getpixel((500, 200))) > 245  # transparent: white, not black
    assert stored.getpixel((100, 200))[0] > 180  # the opaque half keeps its red


def test_rgba_png_is_laid_on_white() -> None:
    clear = Image.new("RGBA", (600, 400), (0, 0, 0, 0))

    normalised = normalise_uploaded_image(file=upload(image_bytes(clear, format="PNG")))

    assert min(normalised.image.getpixel((10, 10))) > 245


def _gif() -> bytes:
    return image_bytes(Image.new("RGB", (600, 400)), format="GIF")


def _pdf() -> bytes:
    return image_bytes(Image.new("RGB", (600, 400)), format="PDF")


def _truncated_jpeg() -> bytes:
    data = image_bytes(fixture_image("astronaut").convert("RGB"), quality=95)
    return data[: len(data) // 2]


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><rect/></svg>'
HTML = b"<!doctype html><html><body><script>alert(1)</script></body></html>"


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(_gif(), "unsupported_format", id="gif"),
        pytest.param(SVG, "invalid_image", id="svg"),
        pytest.param(_pdf(), "invalid_image", id="pdf"),
        pytest.param(HTML, "invalid_image", id="html"),
        pytest.param(b"just some text, not a photo\n" * 10, "invalid_image", id="text"),
        pytest.param(b"", "empty_file", id="zero-bytes"),
        pytest.param(_truncated_jpeg(), "invalid_image", id="truncated-jpeg"),
        pytest.param(png_header_only(50000, 50000), "too_many_pixels", id="bomb-50000x50000"),
        pytest.param(png_header_only(8000, 6000), "too_many_pixels", id="48-megapixels"),
        pytest.param(
            image_bytes(Image.new("RGB", (100, 100)), format="PNG"), "too_small", id="100x100"
        ),
        pytest.param(
            image_bytes(Image.new("RGB", (1000, 255)), format="PNG"), "too_small", id="1000x255"
        ),
    ],
)
def test_files_that_are_not_acceptable_images_are_refused_with_a_sentence(
    data: bytes, code: str
) -> None:
    with pytest.raises(ValidationError) as error:
        normalise_uploaded_image(file=upload(data, "photo.jpg", "image/jpeg"))

    assert error.value.get_codes() == [code]
    message = str(error.value.detail[0])
    assert message.endswith(".")
    assert len(message.split()) >= 5


def test_a_photo_over_the_size_limit_is_refused_as_too_large() -> None:
    data = image_bytes(fixture_image("astronaut").convert("RGB"))

    with (
        override_settings(IMAGE_UPLOAD_MAX_BYTES=len(data) - 1),
        pytest.raises(PayloadTooLarge) as error,
    ):
        normalise_uploaded_image(file=upload(data))
    with override_settings(IMAGE_UPLOAD_MAX_BYTES=len(data)):
        assert normalise_uploaded_image(file=upload(data)).image.width == 512

    assert error.value.status_code == 413
    assert "largest image accepted" in str(error.value.detail)


def test_a_file_one_byte_over_the_default_limit_reads_larger_than_the_limit() -> None:
    limit = 20 * 1024 * 1024
    data = b"\xff\xd8\xff\xe0" + b"\x00" * (limit + 1 - 4)

    with override_settings(IMAGE_UPLOAD_MAX_BYTES=limit), pytest.raises(PayloadTooLarge) as error:
        normalise_uploaded_image(file=upload(data))

    assert str(error.value.detail) == (
        "This file is 20,971,521 bytes; the largest image accepted is 20,971,520 bytes."
    )


def test_a_file_well_over_the_limit_reads_in_megabytes() -> None:
    data = b"\xff\xd8\xff\xe0" + b"\x00" * (25 * 1024 * 1024 - 4)

    with (
        override_settings(IMAGE_UPLOAD_MAX_BYTES=20 * 1024 * 1024),
        pytest.raises(PayloadTooLarge) as error,
    ):
        normalise_uploaded_image(file=upload(data))

    assert str(error.value.detail) == "This file is 25 MB; the largest image accepted is 20 MB."


def test_truncated_heic_is_refused() -> None:
    data = image_bytes(fixture_image("astronaut").convert("RGB"), format="HEIF")

    with pytest.raises(ValidationError) as error:
        normalise_uploaded_image(file=upload(data[: len(data) // 2], "photo.heic", "image/heic"))

    assert error.value.get_codes() == ["invalid_image"]


def test_a_phone_photo_is_turned_upright_and_keeps_no_metadata() -> None:
    normalised = normalise_uploaded_image(file=upload(jpeg_with_location((1600, 1200))))

    assert normalised.image.size == (1200, 1600)
    assert normalised.image.info == {}
    assert dict(normalised.image.getexif()) == {}
    assert normalised.source_format == "JPEG"


def test_a_colour_profile_is_applied_to_the_pixels_and_not_kept() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = image_bytes(Image.new("RGB", (600, 400), (30, 90, 200)), icc_profile=profile)
    assert decoded(data).info.get("icc_profile")

    stored = decoded(prepare_uploaded_image_file(file=upload(data)).read())

    assert "icc_profile" not in stored.info
    r, g, b = stored.getpixel((300, 200))
    assert abs(r - 30) + abs(g - 90) + abs(b - 200) < 12


@pytest.mark.parametrize(
    ("format_", "stored_format", "name"),
    [
        ("PNG", "PNG", "image.png"),
        ("JPEG", "JPEG", "image.jpg"),
        ("WEBP", "JPEG", "image.jpg"),
        ("HEIF", "JPEG", "image.jpg"),
    ],
)
def test_an_uploaded_image_file_is_png_when_it_was_png_and_jpeg_otherwise(
    format_: str, stored_format: str, name: str
) -> None:
    data = image_bytes(fixture_image("coffee").convert("RGB"), format=format_)

    prepared = prepare_uploaded_image_file(file=upload(data, "photo.gif", "image/gif"))

    assert prepared.name == name  # the real format's extension, never the client's
    stored = decoded(prepared.read())
    assert (stored.format, stored.mode) == (stored_format, "RGB")


def _exif_and_location(data: bytes) -> list[str]:
    """Every kind of metadata Pillow finds in stored bytes; empty for a clean file."""
    found = []
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        if dict(exif):
            found.append(f"EXIF tags {sorted(exif)}")
        if exif.get_ifd(ExifTags.IFD.GPSInfo) or ExifTags.IFD.GPSInfo in exif:
            found.append("a GPS IFD")
        found += [
            f"{key} in info"
            for key in ("exif", "xmp", "XML:com.adobe.xmp", "icc_profile")
            if key in image.info
        ]
    if b"Exif\x00\x00" in data:
        found.append("an Exif block in the bytes")
    return found


@pytest.mark.django_db
@pytest.mark.parametrize("route", UPLOAD_ROUTES, ids=[route.id for route in UPLOAD_ROUTES])
def test_no_stored_file_or_rendition_keeps_exif_or_gps(
    user_client: APIClient, media_storage: StoredMedia, route: UploadRoute
) -> None:
    url = route.prepare(user_client)
    before = set(media_storage.names())

    response = route.send(user_client, url, upload(jpeg_with_location(), "IMG_0001.jpg"))

    assert response.status_code == route.success_status, response.content[:500]
    stored = media_storage.names()
    assert len(set(stored) - before) == route.stored_files  # the image, renditions, derivative
    assert any("__sized__" in name for name in set(stored) - before)
    for name in stored:
        with default_storage.open(name, "rb") as file:
            assert _exif_and_location(file.read()) == [], name
