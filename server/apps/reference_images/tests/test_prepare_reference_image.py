import io

import pytest
from PIL import Image

from apps.reference_images.utils import prepare_reference_image
from testing import jpeg_with_location

from .factories import fixture_image, image_bytes, upload


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_phone_photo_is_turned_upright_and_loses_its_exif_and_location() -> None:
    data = jpeg_with_location(
        picture=fixture_image("astronaut").convert("RGB").resize((4000, 3000))
    )

    prepared = prepare_reference_image(file=upload(data), embed=True)

    stored = decoded(prepared.image_bytes)
    assert stored.size == (3000, 4000)
    assert (prepared.width, prepared.height) == (3000, 4000)
    assert dict(stored.getexif()) == {}
    assert b"Exif" not in prepared.image_bytes
    assert b"PhoneMaker" not in prepared.image_bytes
    assert b"Exif" not in prepared.model_image_bytes
    assert decoded(prepared.model_image_bytes).size == (1152, 1536)
    assert prepared.quality.faces == 1  # found upright, in the rotated photo


@pytest.mark.parametrize("format_", ["HEIF", "WEBP", "PNG", "JPEG"])
def test_accepted_formats_are_stored_as_jpeg(format_: str) -> None:
    photo = fixture_image("astronaut").convert("RGB")

    prepared = prepare_reference_image(
        file=upload(image_bytes(photo, format=format_), "photo.bin", "application/octet-stream"),
        embed=True,
    )

    stored = decoded(prepared.image_bytes)
    assert (stored.format, stored.mode, stored.size) == ("JPEG", "RGB", (512, 512))
    assert prepared.quality.faces == 1


def test_a_name_and_content_type_that_lie_do_not_matter() -> None:
    png = image_bytes(fixture_image("coffee"), format="PNG")
    prepared = prepare_reference_image(file=upload(png, "notes.txt", "text/plain"), embed=True)
    assert decoded(prepared.image_bytes).format == "JPEG"


def test_greyscale_profile_photo_becomes_rgb_and_its_face_is_found() -> None:
    grey = fixture_image("camera")
    assert grey.mode == "L"

    prepared = prepare_reference_image(
        file=upload(image_bytes(grey, format="PNG"), "camera.png", "image/png"),
        embed=True,
    )

    assert decoded(prepared.image_bytes).mode == "RGB"
    assert prepared.quality.faces == 1
    assert [warning.code for warning in prepared.quality.warnings] == []


def test_multi_picture_jpeg_from_a_phone_camera_is_accepted() -> None:
    photo = fixture_image("astronaut").convert("RGB")
    data = image_bytes(photo, format="MPO", save_all=True, append_images=[photo])
    assert Image.open(io.BytesIO(data)).format == "MPO"

    prepared = prepare_reference_image(file=upload(data), embed=True)

    assert decoded(prepared.image_bytes).format == "JPEG"
    assert prepared.quality.faces == 1
