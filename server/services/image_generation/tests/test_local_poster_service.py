import hashlib
import io
import time

import pytest
from PIL import Image

from services.image_generation import (
    ImageGenerationError,
    LocalPosterService,
    ReferencePhoto,
    TokenUsage,
    pixel_size,
)

from .conftest import jpeg_reference

TITLE = "Marathon Finisher"
TAGLINE = "I am someone who trains every morning and finishes what I start."


def poster(references: list[ReferencePhoto], **kwargs: str):
    options = {"aspect_ratio": "2:3", "resolution": "1K", "title": TITLE, "tagline": TAGLINE}
    options.update(kwargs)
    return LocalPosterService().generate_image(prompt="ignored", references=references, **options)


@pytest.mark.parametrize(
    ("aspect_ratio", "resolution"),
    [("1:1", "1K"), ("2:3", "2K"), ("16:9", "1K"), ("21:9", "2K"), ("9:16", "1K"), ("4:5", "4K")],
)
def test_poster_has_exactly_the_gemini_pixel_size(
    astronaut: ReferencePhoto, aspect_ratio: str, resolution: str
) -> None:
    image = poster([astronaut], aspect_ratio=aspect_ratio, resolution=resolution)

    with Image.open(io.BytesIO(image.data)) as opened:
        assert opened.format == "JPEG"
        assert opened.size == pixel_size(aspect_ratio, resolution)
    assert (image.width, image.height) == pixel_size(aspect_ratio, resolution)
    assert image.mime_type == "image/jpeg"
    assert image.usage == TokenUsage()
    assert image.model_version == "local-poster-v1"
    assert image.attempts == 1


def test_same_input_gives_the_same_bytes(astronaut: ReferencePhoto) -> None:
    first = poster([astronaut])
    second = poster([astronaut])

    assert hashlib.sha256(first.data).digest() == hashlib.sha256(second.data).digest()


def test_a_different_title_gives_a_different_poster(astronaut: ReferencePhoto) -> None:
    assert poster([astronaut]).data != poster([astronaut], title="Calm Under Fire").data


def test_palette_comes_from_the_title(astronaut: ReferencePhoto) -> None:
    def corner(title: str) -> tuple[int, ...]:
        with Image.open(io.BytesIO(poster([astronaut], title=title).data)) as opened:
            return opened.convert("RGB").getpixel((2, 2))

    assert corner("Calm Under Fire") != corner(TITLE)


def test_the_face_is_used_when_a_reference_has_a_face_box(astronaut: ReferencePhoto) -> None:
    without_box = ReferencePhoto(astronaut.jpeg, astronaut.width, astronaut.height, None)
    later_with_box = [jpeg_reference("coffee.png"), astronaut]

    assert poster([without_box]).data != poster([astronaut]).data
    assert poster(later_with_box).data == poster([astronaut]).data


def test_works_without_references_and_with_an_empty_tagline() -> None:
    image = poster([], tagline="", title="")

    assert (image.width, image.height) == (848, 1264)


def test_a_very_long_title_still_fits(astronaut: ReferencePhoto) -> None:
    image = poster([astronaut], title="Extraordinarily " * 12 + "Supercalifragilistic")

    assert (image.width, image.height) == (848, 1264)


def test_an_unknown_ratio_is_a_bad_request(astronaut: ReferencePhoto) -> None:
    with pytest.raises(ImageGenerationError) as caught:
        poster([astronaut], aspect_ratio="1:4")

    assert caught.value.code == "bad_request"


def test_a_2k_poster_takes_well_under_a_second() -> None:
    reference = jpeg_reference("chelsea.png", long_edge=1536)
    poster([reference], aspect_ratio="16:9", resolution="2K")  # warm up fonts and codecs

    started = time.perf_counter()
    poster([reference], aspect_ratio="2:3", resolution="2K")
    elapsed = time.perf_counter() - started

    assert elapsed < 0.8
