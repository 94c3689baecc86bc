import pytest
from django.core.files.storage import default_storage
from PIL import Image

from apps.core.utils import image_renditions
from apps.identities.functions.public import upload_identity_image
from apps.identities.tests.factories import IdentityFactory, png_upload

pytestmark = pytest.mark.django_db


def test_renditions_fit_their_boxes_keep_the_format_and_are_where_urls_point() -> None:
    identity = upload_identity_image(
        identity=IdentityFactory(), image_file=png_upload(size=(1600, 900)), name="wide.png"
    )

    sizes = {}
    for rendition in image_renditions(identity.image):
        with default_storage.open(rendition.name, "rb") as file, Image.open(file) as image:
            sizes[(rendition.width, rendition.height)] = (image.format, image.size)

    assert sizes == {(800, 800): ("PNG", (800, 450)), (320, 320): ("PNG", (320, 180))}
