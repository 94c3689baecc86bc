"""Services built on the fake Gemini server (`fake_gemini`, in the root conftest)."""

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pytest_django.fixtures import Settings as SettingsWrapper

from services.image_generation import GeminiImageService, ReferencePhoto
from testing.fake_gemini import SCENARIO_HEADER, FakeGeminiServer

IMAGES_DIR = Path(__file__).resolve().parents[3] / "fixtures" / "images"
# The astronaut's face as found by YuNet; the compositor takes the box as input.
ASTRONAUT_FACE_BOX = (178, 62, 90, 113)


@pytest.fixture
def make_service(
    fake_gemini: FakeGeminiServer, settings: SettingsWrapper
) -> Callable[..., GeminiImageService]:
    """A GeminiImageService whose requests carry the given fake-server scenario."""

    def make(scenario: str | None = None) -> GeminiImageService:
        settings.GEMINI_EXTRA_HEADERS = {SCENARIO_HEADER: scenario} if scenario else {}
        return GeminiImageService()

    return make


def jpeg_reference(name: str = "astronaut.png", long_edge: int | None = None) -> ReferencePhoto:
    with Image.open(IMAGES_DIR / name) as source:
        image = source.convert("RGB")
    if long_edge:
        scale = long_edge / max(image.size)
        image = image.resize(
            (round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS
        )
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=90)
    face_box = ASTRONAUT_FACE_BOX if name == "astronaut.png" and not long_edge else None
    return ReferencePhoto(
        jpeg=buffer.getvalue(), width=image.width, height=image.height, face_box=face_box
    )


@pytest.fixture(scope="session")
def astronaut() -> ReferencePhoto:
    return jpeg_reference()
