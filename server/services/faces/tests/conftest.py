"""The project's test photos, read directly: the faces module knows nothing of the apps."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageFilter, ImageOps

IMAGES_DIR = Path(__file__).resolve().parents[3] / "fixtures" / "images"


@pytest.fixture
def picture() -> Callable[[str], Image.Image]:
    """One of the test photos (astronaut, camera, coffee, chelsea) as RGB."""

    def load(name: str) -> Image.Image:
        with Image.open(IMAGES_DIR / f"{name}.png") as image:
            return image.convert("RGB")

    return load


def on_a_poster(*pictures: Image.Image, size: int = 360) -> Image.Image:
    """A poster-shaped picture with each picture small in it, side by side, as faces are in
    a poster."""
    poster = Image.new("RGB", (1376, 768), (30, 40, 60))
    for index, picture in enumerate(pictures):
        poster.paste(picture.resize((size, size)), (200 + 600 * index, 300))
    return poster


def redrawn(picture: Image.Image) -> Image.Image:
    """The person's face drawn anew, as a model would: the picture mirrored and painted over
    (a median filter), so it is no longer the photo's own pixels."""
    return ImageOps.mirror(picture).filter(ImageFilter.MedianFilter(9))
