from pathlib import PurePosixPath
from typing import Any
from uuid import uuid4

from django.db import models
from versatileimagefield.fields import VersatileImageField


def random_image_path(instance: Any, filename: str) -> str:
    """A random, unguessable object key that keeps only the extension of the uploaded name."""
    extension = PurePosixPath(filename).suffix.lower() or ".jpg"
    return f"{instance.IMAGE_FOLDER}/{uuid4().hex}{extension}"


class ImageMixin(models.Model):
    """An image with its renditions (thumbnail, medium) and its recorded pixel size."""

    IMAGE_FOLDER = "images"

    image = VersatileImageField(
        upload_to=random_image_path,
        width_field="image_width",
        height_field="image_height",
        blank=True,
        null=True,
        max_length=255,
    )
    image_width = models.PositiveIntegerField(null=True, blank=True, editable=False)
    image_height = models.PositiveIntegerField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True
