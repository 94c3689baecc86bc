from typing import Any
from uuid import UUID

import factory
from django.core.files.uploadedfile import SimpleUploadedFile
from factory.django import DjangoModelFactory
from PIL import Image

from apps.identities.functions.public import delete_identity_image_version, upload_identity_image
from apps.identities.models import Identity, IdentityImageVersion
from apps.privacy.tests.factories import PersonConsentFactory
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


def upload_identity_image_as_owner(*, identity_id: UUID, **arguments: Any) -> Identity:
    """Upload an identity's image as the person whose identity it is, who consents to their
    images being stored (as most tests' people do)."""
    owner = Identity.objects.get(pk=identity_id).user
    PersonConsentFactory(user=owner)
    return upload_identity_image(actor=owner, identity_id=identity_id, **arguments)


def delete_identity_image_version_as_owner(*, identity_id: UUID, version_id: UUID) -> None:
    owner = Identity.objects.get(pk=identity_id).user
    delete_identity_image_version(actor=owner, identity_id=identity_id, version_id=version_id)
