import io
import struct
import zlib

import numpy as np
import pytest
from django.test import override_settings
from PIL import ExifTags, Image
from rest_framework.exceptions import ValidationError

from apps.core.exceptions import PayloadTooLarge
from apps.reference_images.utils import prepare_reference_image

from .factories import fixture_image, image_bytes, upload


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


def test_phone_photo_is_turned_upright_and_loses_its_exif_and_location() -> None:
    photo = fixture_image("astronaut").convert("RGB").resize((4000, 3000))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneMaker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 12.0)
    data = image_bytes(photo, quality=90, exif=exif.tobytes())
    assert decoded(data).getexif().get_ifd(ExifTags.IFD.GPSInfo)  # the upload has a location

    prepared = prepare_reference_image(file=upload(data))

    stored = decoded(prepared.image_bytes)
    assert stored.size == (3000, 4000)
    assert (prepared.width, prepared.height) == (3000, 4000)
    assert dict(stored.getexif()) == {}
    assert b"Exif" not in prepared.image_bytes
    assert b"PhoneMaker" not in prepared.image_bytes
    assert b"Exif" not in prepared.model_image_bytes
    assert decoded(prepared.model_image_bytes).size == (1152, 1536)
    assert prepared.quality.faces == 1  # found upright, in the rotated photo


def test_cmyk_jpeg_becomes_rgb_with_its_colours() -> None:
    red = Image.new("RGB", (600, 400), (220, 30, 30)).convert("CMYK")

    prepared = prepare_reference_image(file=upload(image_bytes(red, format="JPEG")))

    stored = decoded(prepared.image_bytes)
    assert stored.mode == "RGB"
    r, g, b = stored.getpixel((300, 200))
    assert r > 180
    assert g < 80
    assert b < 80


def test_sixteen_bit_png_is_scaled_to_eight_bits_not_clipped() -> None:
    grey = Image.frombytes("I;16", (600, 400), np.full((400, 600), 32768, dtype="<u2").tobytes())

    prepared = prepare_reference_image(
        file=upload(image_bytes(grey, format="PNG"), "scan.png", "image/png")
    )

    r, g, b = decoded(prepared.image_bytes).getpixel((300, 200))
    assert 120 <= r <= 136
    assert r == g == b


def test_transparent_palette_png_is_laid_on_white() -> None:
    palette = Image.new("P", (600, 400), 0)
    palette.putpalette([0, 0, 0, 200, 0, 0] + [0] * 762)
    palette.paste(1, (0, 0, 300, 400))
    data = image_bytes(palette, format="PNG", transparency=0)

    prepared = prepare_reference_image(file=upload(data, "logo.png", "image/png"))

    stored = decoded(prepared.image_bytes)
    assert stored.mode == "RGB"
    assert min(stored.getpixel((500, 200))) > 245  # transparent: white, not black
    assert stored.getpixel((100, 200))[0] > 180  # the opaque half keeps its red


def test_rgba_png_is_laid_on_white() -> None:
    clear = Image.new("RGBA", (600, 400), (0, 0, 0, 0))

    prepared = prepare_reference_image(file=upload(image_bytes(clear, format="PNG")))

    assert min(decoded(prepared.image_bytes).getpixel((10, 10))) > 245


@pytest.mark.parametrize("format_", ["HEIF", "WEBP", "PNG", "JPEG"])
def test_accepted_formats_are_stored_as_jpeg(format_: str) -> None:
    photo = fixture_image("astronaut").convert("RGB")

    prepared = prepare_reference_image(
        file=upload(image_bytes(photo, format=format_), "photo.bin", "application/octet-stream")
    )

    stored = decoded(prepared.image_bytes)
    assert (stored.format, stored.mode, stored.size) == ("JPEG", "RGB", (512, 512))
    assert prepared.quality.faces == 1


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
def test_files_that_are_not_acceptable_photos_are_refused_with_a_sentence(
    data: bytes, code: str
) -> None:
    with pytest.raises(ValidationError) as error:
        prepare_reference_image(file=upload(data, "photo.jpg", "image/jpeg"))

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
        prepare_reference_image(file=upload(data))
    with override_settings(IMAGE_UPLOAD_MAX_BYTES=len(data)):
        assert prepare_reference_image(file=upload(data)).width == 512

    assert error.value.status_code == 413
    assert "largest image accepted" in str(error.value.detail)


def test_a_name_and_content_type_that_lie_do_not_matter() -> None:
    with pytest.raises(ValidationError):
        prepare_reference_image(file=upload(HTML, "photo.jpg", "image/jpeg"))

    png = image_bytes(fixture_image("coffee"), format="PNG")
    prepared = prepare_reference_image(file=upload(png, "notes.txt", "text/plain"))
    assert decoded(prepared.image_bytes).format == "JPEG"


def test_greyscale_profile_photo_becomes_rgb_and_its_face_is_found() -> None:
    grey = fixture_image("camera")
    assert grey.mode == "L"

    prepared = prepare_reference_image(
        file=upload(image_bytes(grey, format="PNG"), "camera.png", "image/png")
    )

    assert decoded(prepared.image_bytes).mode == "RGB"
    assert prepared.quality.faces == 1
    assert [warning.code for warning in prepared.quality.warnings] == []


def test_multi_picture_jpeg_from_a_phone_camera_is_accepted() -> None:
    photo = fixture_image("astronaut").convert("RGB")
    data = image_bytes(photo, format="MPO", save_all=True, append_images=[photo])
    assert Image.open(io.BytesIO(data)).format == "MPO"

    prepared = prepare_reference_image(file=upload(data))

    assert decoded(prepared.image_bytes).format == "JPEG"
    assert prepared.quality.faces == 1


def test_truncated_heic_is_refused() -> None:
    data = image_bytes(fixture_image("astronaut").convert("RGB"), format="HEIF")

    with pytest.raises(ValidationError) as error:
        prepare_reference_image(file=upload(data[: len(data) // 2], "photo.heic", "image/heic"))

    assert error.value.get_codes() == ["invalid_image"]
