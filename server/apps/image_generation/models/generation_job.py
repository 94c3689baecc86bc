import uuid

from django.conf import settings
from django.db import models

from apps.core.models import BaseModel, ImageMixin


class GenerationJob(ImageMixin, BaseModel):
    """One poster generation: what was asked, who drew it, what came back or why not."""

    IMAGE_FOLDER = "generated_images"

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        SUCCEEDED = "succeeded"
        FAILED = "failed"

    FINISHED = (Status.SUCCEEDED, Status.FAILED)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        help_text="The admin who asked for the poster.",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="generation_jobs",
        help_text="The person whose reference photos were used.",
    )
    identity = models.ForeignKey(
        "identities.Identity", on_delete=models.CASCADE, related_name="generation_jobs"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    provider = models.CharField(max_length=32)
    model = models.CharField(max_length=100)
    aspect_ratio = models.CharField(max_length=8)
    resolution = models.CharField(max_length=4)
    additional_prompt = models.TextField(blank=True)
    prompt = models.TextField(blank=True)
    reference_image_ids = models.JSONField(default=list)
    save_to_identity = models.BooleanField(default=False)

    mime_type = models.CharField(max_length=32, blank=True)
    error_code = models.CharField(max_length=32, blank=True)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    output_tokens = models.PositiveIntegerField(null=True, blank=True)
    total_tokens = models.PositiveIntegerField(null=True, blank=True)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=4, default=0)

    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    provider_ms = models.PositiveIntegerField(null=True, blank=True)
    saved_to_identity_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["identity", "-created_at"]),
            models.Index(fields=["status", "started_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.identity_id} {self.status}"
