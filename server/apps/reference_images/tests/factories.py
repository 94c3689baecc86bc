import io
from pathlib import Path

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory
from PIL import Image

from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.users.tests.factories import UserFactory

FIXTURE_IMAGES = Path(__file__).resolve().parents[3] / "fixtures" / "images"


def fixture_image(name: str) -> Image.Image:
    """One of the test photos in server/fixtures/images (astronaut, camera, coffee, chelsea)."""
    with Image.open(FIXTURE_IMAGES / f"{name}.png") as image:
        image.load()
        return image


def image_bytes(image: Image.Image, format: str = "JPEG", **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **params)
    return buffer.getvalue()


def upload(
    data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"
) -> SimpleUploadedFile:
    """Bytes as a browser would upload them."""
    return SimpleUploadedFile(name, data, content_type=content_type)


def photo_upload(
    fixture: str = "astronaut", format: str = "JPEG", name: str = "photo.jpg"
) -> SimpleUploadedFile:
    return upload(image_bytes(fixture_image(fixture).convert("RGB"), format=format), name=name)


def plain_upload(size: tuple[int, int] = (640, 480), color: tuple[int, int, int] = (90, 140, 200)):
    """A quick synthetic JPEG (no face) for tests about slots and access, not about faces."""
    return upload(image_bytes(Image.new("RGB", size, color)))


class ReferenceImageFactory(DjangoModelFactory):
    """Reference images made through the real upload pipeline."""

    class Meta:
        model = ReferenceImage

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Photo {n}")
    order = None
    image_file = factory.LazyFunction(plain_upload)

    @classmethod
    def _create(cls, model_class: type, *args: object, **kwargs: object) -> ReferenceImage:
        return create_reference_image(actor=kwargs.pop("user"), **kwargs)  # type: ignore[arg-type]
