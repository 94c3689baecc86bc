import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from PIL import Image
from versatileimagefield.fields import VersatileImageField

from .decode_for_renditions import decode_for_renditions
from .files_removed_on_failure import files_removed_on_failure
from .image_file_names import image_file_names
from .render_image_renditions import render_image_renditions
from .store_image_renditions import store_image_renditions


@dataclass(frozen=True)
class StoredImage:
    """An image stored with its renditions that no row refers to yet."""

    name: str
    width: int
    height: int
    names: list[str]  # the image and each rendition, as stored

    @property
    def fields(self) -> dict[str, object]:
        """The values of `ImageMixin`'s fields that refer to it."""
        return {"image": self.name, "image_width": self.width, "image_height": self.height}


def store_image_files(*, instance: models.Model, data: bytes, name: str) -> StoredImage:
    """Store `data` as a new image for `instance` (a random name under its model's folder)
    and its renditions, touching no row; run it outside any transaction.

    The bytes are stored as they are: only for files that went through the upload pipeline
    (`apps.core.uploads`). If anything fails, what was stored is removed again.
    """
    field = instance._meta.get_field("image")
    if not isinstance(field, VersatileImageField):
        raise TypeError(f"{instance._meta.label}.image is not an image field.")
    with Image.open(io.BytesIO(data)) as header:
        width, height = header.size
    stored_name = default_storage.save(field.generate_filename(instance, name), ContentFile(data))
    image = field.attr_class(instance, field, stored_name)
    image.ppoi = (0.5, 0.5)  # setting it builds the rendition sizers, with no storage I/O
    names = image_file_names(image)
    with files_removed_on_failure(names):
        store_image_renditions(
            image=image,
            renditions=render_image_renditions(
                image=image, picture=decode_for_renditions(image=image, data=data)
            ),
        )
    return StoredImage(name=stored_name, width=width, height=height, names=names)
