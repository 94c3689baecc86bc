import uuid

from django.conf import settings
from django.db import models

from apps.core.models import BaseModel


class GenerationBatch(BaseModel):
    """One click of Generate: `count` candidate posters with the same settings, each its own
    job (a provider draws one image per call). The settings are the jobs': each job is drawn,
    shown and refined on its own."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The admin who asked.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="generation_batches",
        help_text="The person whose reference photos were used.",
    )
    identity = models.ForeignKey(
        "identities.Identity", on_delete=models.CASCADE, related_name="generation_batches"
    )
    count = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.identity_id} x{self.count}"
