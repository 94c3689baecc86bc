import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory
from PIL import Image

from apps.identities.models import Identity, IdentityImageVersion
from apps.users.tests.factories import UserFactory
from testing import image_bytes, upload


def png_upload(name: str = "poster.png", size: tuple[int, int] = (640, 360)) -> SimpleUploadedFile:
    """A real PNG made with Pillow, as a browser would upload it."""
    return upload(
        image_bytes(Image.new("RGB", size, (200, 80, 40)), format="PNG"), name, "image/png"
    )


class IdentityFactory(DjangoModelFactory):
    class Meta:
        model = Identity

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Identity {n}")
    category = "Career"
    i_am_statement = factory.LazyAttribute(lambda identity: f"I am {identity.name.lower()}.")
    order = factory.Sequence(lambda n: n)


class IdentityImageVersionFactory(DjangoModelFactory):
    """A version row without a file: for the routes and rules that never open it."""

    class Meta:
        model = IdentityImageVersion

    identity = factory.SubFactory(IdentityFactory)
    source = IdentityImageVersion.Source.UPLOAD
    created_by = factory.SelfAttribute("identity.user")
