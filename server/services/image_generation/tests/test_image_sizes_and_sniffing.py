import io

import pytest
from PIL import Image

from services.image_generation import (
    ALLOWED_ASPECT_RATIOS,
    ALLOWED_RESOLUTIONS,
    pixel_size,
    sniff_image_type,
)


def encode(image_format: str, size: tuple[int, int] = (30, 20)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 10, 10)).save(buffer, format=image_format)
    return buffer.getvalue()


def test_the_table_has_ten_ratios_in_three_sizes() -> None:
    assert len(ALLOWED_ASPECT_RATIOS) == 10
    assert ALLOWED_RESOLUTIONS == ("1K", "2K", "4K")
    assert pixel_size("16:9", "4K") == (5504, 3072)
    assert pixel_size("21:9", "1K") == (1584, 672)
    assert pixel_size("2:3", "2K") == (1696, 2528)


def test_sizes_follow_their_ratio() -> None:
    for ratio in ALLOWED_ASPECT_RATIOS:
        w, h = (int(x) for x in ratio.split(":"))
        for resolution in ALLOWED_RESOLUTIONS:
            width, height = pixel_size(ratio, resolution)
            assert abs(width / height - w / h) < 0.05


@pytest.mark.parametrize(("ratio", "resolution"), [("1:4", "1K"), ("1:1", "2k"), ("1:1", "8K")])
def test_unknown_sizes_are_refused(ratio: str, resolution: str) -> None:
    with pytest.raises(ValueError, match="Unsupported"):
        pixel_size(ratio, resolution)


@pytest.mark.parametrize(
    ("image_format", "mime_type"),
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp")],
)
def test_sniffs_type_and_size_from_the_bytes(image_format: str, mime_type: str) -> None:
    sniffed = sniff_image_type(encode(image_format))

    assert sniffed is not None
    assert (sniffed.mime_type, sniffed.width, sniffed.height) == (mime_type, 30, 20)


def test_other_bytes_are_not_an_image() -> None:
    assert sniff_image_type(b"GIF89a" + b"\0" * 20) is None
    assert sniff_image_type(b"\x89PNG\r\n\x1a\n" + b"broken") is None
    assert sniff_image_type(b"") is None
