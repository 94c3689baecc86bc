import io

import numpy as np
import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from apps.core.utils import (
    decode_for_renditions,
    image_renditions,
    render_image_renditions,
    store_image_renditions,
)
from apps.identities.tests.factories import (
    IdentityFactory,
    png_upload,
    upload_identity_image_as_owner,
)
from testing import StoredMedia

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def test_renditions_fit_their_boxes_keep_the_format_and_are_where_urls_point() -> None:
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk, image_file=png_upload(size=(1600, 900)), name="wide.png"
    )

    sizes = {}
    for rendition in image_renditions(identity.image):
        with default_storage.open(rendition.name, "rb") as file, Image.open(file) as image:
            sizes[(rendition.width, rendition.height)] = (image.format, image.size)

    assert sizes == {(800, 800): ("PNG", (800, 450)), (320, 320): ("PNG", (320, 180))}


def test_a_large_jpeg_decoded_at_a_smaller_scale_gives_the_same_renditions() -> None:
    gradient = np.linspace(0, 255, 4000, dtype=np.uint8)
    pixels = np.stack([np.tile(gradient, (3000, 1))] * 3, axis=-1)
    pixels[1000:2000, 1500:2500] = (30, 160, 90)  # a block with sharp edges
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="JPEG", quality=90)
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk,
        image_file=SimpleUploadedFile("photo.jpg", buffer.getvalue(), content_type="image/jpeg"),
        name="photo.jpg",
    )

    medium = image_renditions(identity.image)[0]
    with default_storage.open(medium.name, "rb") as file, Image.open(file) as stored:
        made = np.asarray(stored.convert("RGB"), dtype=np.int16)
    expected = Image.fromarray(pixels)
    expected.thumbnail((800, 800), Image.Resampling.LANCZOS)  # from every pixel

    assert made.shape == (600, 800, 3)
    assert np.abs(made - np.asarray(expected, dtype=np.int16)).mean() < 2


def test_renditions_of_a_photo_with_exif_orientation_are_upright() -> None:
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6  # stored sideways: turn 90 degrees clockwise to view
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), (90, 120, 200)).save(buffer, format="JPEG", exif=exif)
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk,
        image_file=SimpleUploadedFile("phone.jpg", buffer.getvalue(), content_type="image/jpeg"),
        name="phone.jpg",
    )

    sizes = []
    for rendition in image_renditions(identity.image):
        with default_storage.open(rendition.name, "rb") as file, Image.open(file) as stored:
            sizes.append(stored.size)

    assert sizes == [(450, 800), (180, 320)]


def test_making_the_renditions_again_overwrites_them_under_the_names_urls_point_to(
    media_storage: StoredMedia,
) -> None:
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk, image_file=png_upload(size=(1600, 900)), name="wide.png"
    )
    before = media_storage.names()
    with default_storage.open(identity.image.name, "rb") as file:
        data = file.read()

    store_image_renditions(
        image=identity.image,
        renditions=render_image_renditions(
            image=identity.image, picture=decode_for_renditions(image=identity.image, data=data)
        ),
    )

    assert media_storage.names() == before
    assert {r.name for r in image_renditions(identity.image)} < set(before)
