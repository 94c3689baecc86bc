"""Saving a poster onto its identity copies our own file: it is not an upload."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone
from PIL import Image, PngImagePlugin
from rest_framework.test import APIClient

from apps.core.utils import (
    decode_for_renditions,
    image_renditions,
    render_image_renditions,
    store_image_renditions,
)
from apps.image_generation.tests.factories import GenerationJobFactory
from testing import StoredMedia, image_bytes

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def poster_png() -> bytes:
    """A 4K PNG with a text chunk: the upload pipeline would re-encode it and drop the text."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Software", "local-poster-v1")
    return image_bytes(Image.new("RGB", (3840, 2160), (200, 80, 40)), format="PNG", pnginfo=info)


def test_the_saved_poster_is_stored_byte_for_byte_with_renditions(
    staff_client: APIClient, media_storage: StoredMedia
) -> None:
    data = poster_png()
    job = GenerationJobFactory(status="succeeded", started_at=timezone.now())
    job.image.save("poster.png", ContentFile(data), save=True)
    store_image_renditions(
        image=job.image,
        renditions=render_image_renditions(
            image=job.image, picture=decode_for_renditions(image=job.image, data=data)
        ),
    )

    response = staff_client.post(f"/api/v1/image-generation/jobs/{job.id}/save-to-identity/")

    assert response.status_code == 200, response.content[:500]
    job.identity.refresh_from_db()
    identity_image = job.identity.image
    assert identity_image.name != job.image.name  # a copy
    with default_storage.open(identity_image.name, "rb") as stored:
        assert stored.read() == data
    assert (job.identity.image_width, job.identity.image_height) == (3840, 2160)
    for rendition in image_renditions(identity_image):
        assert media_storage.exists(rendition.name)
