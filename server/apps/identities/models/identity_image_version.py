import uuid

from django.conf import settings
from django.db import models

from apps.core.models import BaseModel, ImageMixin


class IdentityImageVersion(ImageMixin, BaseModel):
    """One image an identity has had: a saved poster or an upload. Files are never
    overwritten; the identity points at one version, its current image."""

    IMAGE_FOLDER = "identity_images"

    class Source(models.TextChoices):
        GENERATION = "generation"
        UPLOAD = "upload"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    identity = models.ForeignKey(
        "identities.Identity", on_delete=models.CASCADE, related_name="image_versions"
    )
    source = models.CharField(max_length=16, choices=Source.choices)
    job = models.ForeignKey(
        "image_generation.GenerationJob",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="identity_versions",
        help_text="The generation whose poster this is (for source generation).",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who saved or uploaded it.",
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["identity", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.identity_id} {self.source} {self.created_at:%Y-%m-%d %H:%M}"
