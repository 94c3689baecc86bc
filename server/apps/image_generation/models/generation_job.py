import uuid

from django.conf import settings
from django.db import models

from apps.core.models import BaseModel, ImageMixin
from services.image_generation import ImageGenerationError


class GenerationJob(ImageMixin, BaseModel):
    """One poster generation: what was asked, who drew it, what came back or why not."""

    IMAGE_FOLDER = "generated_images"

    class Status(models.TextChoices):
        QUEUED = "queued"
        RUNNING = "running"
        SUCCEEDED = "succeeded"
        FAILED = "failed"
        CANCELLED = "cancelled"

    class ErrorCode(models.TextChoices):
        """Why a job failed: the provider's taxonomy, then what can fail around the call."""

        BLOCKED = ImageGenerationError.BLOCKED
        NO_IMAGE = ImageGenerationError.NO_IMAGE
        RATE_LIMITED = ImageGenerationError.RATE_LIMITED
        UNAVAILABLE = ImageGenerationError.UNAVAILABLE
        TIMEOUT = ImageGenerationError.TIMEOUT
        BAD_REQUEST = ImageGenerationError.BAD_REQUEST
        AUTH = ImageGenerationError.AUTH
        MODEL_NOT_FOUND = ImageGenerationError.MODEL_NOT_FOUND
        INTERNAL = ImageGenerationError.INTERNAL
        BAD_IMAGE = "bad_image"
        STORAGE_ERROR = "storage_error"
        WORKER_LOST = "worker_lost"

    FINISHED = (Status.SUCCEEDED, Status.FAILED, Status.CANCELLED)

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
    error_code = models.CharField(max_length=32, blank=True, choices=ErrorCode.choices)
    error_message = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    prompt_tokens = models.PositiveIntegerField(null=True, blank=True)
    output_tokens = models.PositiveIntegerField(null=True, blank=True)
    total_tokens = models.PositiveIntegerField(null=True, blank=True)
    cost_usd = models.DecimalField(max_digits=10, decimal_places=4, default=0)
    response_id = models.CharField(
        max_length=128, blank=True, help_text="The provider's id of its answer (for support)."
    )
    model_version = models.CharField(
        max_length=100, blank=True, help_text="The model version that answered."
    )

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
