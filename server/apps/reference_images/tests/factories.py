import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory

from apps.core.testing import fixture_image, image_bytes, plain_upload, upload
from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.users.tests.factories import UserFactory


def photo_upload(
    fixture: str = "astronaut", format: str = "JPEG", name: str = "photo.jpg"
) -> SimpleUploadedFile:
    return upload(image_bytes(fixture_image(fixture).convert("RGB"), format=format), name=name)


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
