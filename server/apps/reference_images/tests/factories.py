import hashlib
from unittest import mock

import factory
from django.core.files import File
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory

from apps.privacy.tests.factories import PersonConsentFactory
from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import PreparedImage, prepare_reference_image
from apps.users.tests.factories import UserFactory
from testing import fixture_image, image_bytes, plain_upload, upload


def photo_upload(
    fixture: str = "astronaut", format: str = "JPEG", name: str = "photo.jpg"
) -> SimpleUploadedFile:
    return upload(image_bytes(fixture_image(fixture).convert("RGB"), format=format), name=name)


# What the pipeline made of each photo content once: for tests about something else, the
# same photo is not decoded, normalised and searched for faces again (it is stored again).
_PREPARED: dict[bytes, PreparedImage] = {}


def _prepared_once(*, file: File[bytes], embed: bool) -> PreparedImage:
    file.seek(0)
    key = hashlib.sha256(file.read()).digest() + bytes([embed])
    file.seek(0)
    if key not in _PREPARED:
        _PREPARED[key] = prepare_reference_image(file=file, embed=embed)
    return _PREPARED[key]


class ReferenceImageFactory(DjangoModelFactory):
    """Reference images made through the real upload pipeline (run once per photo content;
    the tests of the pipeline itself upload through the functions or the API), for a person
    who consented (recorded here when they had not)."""

    class Meta:
        model = ReferenceImage

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Photo {n}")
    order = None
    image_file = factory.LazyFunction(plain_upload)

    @classmethod
    def _create(cls, model_class: type, *args: object, **kwargs: object) -> ReferenceImage:
        with mock.patch(
            "apps.reference_images.functions.public.create_reference_image.prepare_reference_image",
            _prepared_once,
        ):
            user = kwargs.pop("user")
            PersonConsentFactory(user=user)
            return create_reference_image(actor=user, **kwargs)  # type: ignore[arg-type]
