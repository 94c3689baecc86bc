import uuid

from django.conf import settings
from django.db import models

from apps.core.models import BaseModel, ImageMixin, OwnedQuerySet


class Identity(ImageMixin, BaseModel):
    """A named aspiration of a user ("Creative Visionary"), with its "I am ..." statement.

    `image` is the current version's file (the same name, not a copy), written only with
    `current_version` by `apps.identities.utils.point_identity_at_version`.
    """

    IMAGE_FOLDER = "identity_images"

    objects = OwnedQuerySet["Identity"].as_manager()

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="identities"
    )
    name = models.CharField(max_length=255)
    category = models.CharField(max_length=100, blank=True)
    i_am_statement = models.TextField(blank=True)
    order = models.PositiveSmallIntegerField(default=0)
    current_version = models.ForeignKey(
        "identities.IdentityImageVersion",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["order", "created_at"]
        verbose_name_plural = "identities"

    def __str__(self) -> str:
        return self.name
