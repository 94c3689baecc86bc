import uuid
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models

from apps.core.models import BaseModel, ImageMixin, OwnedQuerySet

MAX_REFERENCE_IMAGES: int = settings.MAX_REFERENCE_IMAGES
# The longest name a photo is listed by (its file's name, as a rule).
NAME_MAX_LENGTH = 255


def random_model_image_path(instance: Any, filename: str) -> str:
    """A random key for the model-ready derivative, beside the originals."""
    extension = PurePosixPath(filename).suffix.lower() or ".jpg"
    return f"{instance.IMAGE_FOLDER}/model/{uuid.uuid4().hex}{extension}"


class ReferenceImage(ImageMixin, BaseModel):
    """A photo of a user used as a reference for generated images; at most five per user.

    `image` is the normalised upload (upright, RGB, no metadata, JPEG); `model_image` is the
    smaller JPEG sent to the image model; the face fields record the check made at upload.
    """

    IMAGE_FOLDER = "reference_images"

    objects = OwnedQuerySet["ReferenceImage"].as_manager()

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="reference_images",
        help_text="The user these reference images belong to",
    )
    name = models.CharField(
        max_length=NAME_MAX_LENGTH,
        blank=True,
        help_text="Optional name/label for this image (e.g., 'Headshot 1')",
    )
    order = models.PositiveSmallIntegerField(
        default=0,
        validators=[MaxValueValidator(MAX_REFERENCE_IMAGES - 1)],
        help_text="Slot (0-4)",
    )
    model_image = models.FileField(
        upload_to=random_model_image_path, blank=True, max_length=255, editable=False
    )
    face_count = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    face_box = models.JSONField(
        null=True, blank=True, editable=False, help_text="[x, y, width, height] of the main face"
    )
    quality_warnings = models.JSONField(default=list, blank=True, editable=False)
    # Biometric data: the SFace embedding of the largest face (128 float32), never served or
    # logged; it goes with the row and is replaced with the photo.
    face_embedding = models.BinaryField(null=True, blank=True, editable=False)
    match_to_others = models.FloatField(
        null=True,
        blank=True,
        editable=False,
        help_text="Likeness (0-1) of this photo's face to the person's other photos' faces",
    )
    last_used_at = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When a generation last used it."
    )

    class Meta:
        ordering = ["order", "-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "order"], name="unique_user_image_order"),
            models.CheckConstraint(
                condition=models.Q(order__lte=MAX_REFERENCE_IMAGES - 1),
                name="reference_image_order_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} - Reference Image {self.order + 1}"

    @property
    def sent_with_posters(self) -> bool:
        """Whether a new poster sends this photo: not when it shows no face (a cup, a
        screenshot), which would only teach the model the wrong subject. A photo whose faces
        were never counted is sent."""
        return self.face_count != 0
