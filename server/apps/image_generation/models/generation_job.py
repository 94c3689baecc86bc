import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone

from apps.core.models import BaseModel, ImageMixin
from services.faces import LikenessVerdict
from services.image_generation import ImageGenerationError

from .provider_slot_lock import ProviderSlotLock

CANCELLED_QUEUED_MESSAGE = "Cancelled before it started: nothing was sent and nothing was charged."
CANCELLED_RUNNING_MESSAGE = (
    "Cancelled while it was being drawn: the poster that came back was discarded, not stored."
)
CONSENT_WITHDRAWN_MESSAGE = (
    "Cancelled because the person withdrew their consent before their photos were sent: "
    "nothing was sent and nothing was charged."
)
CONSENT_WITHDRAWN_RETRY_MESSAGE = (
    "Cancelled because the person withdrew their consent before the provider was tried "
    "again: nothing more was sent."
)
WORKER_LOST_MESSAGE = (
    "The worker drawing this poster stopped before it finished. Nothing was charged twice; "
    "start the generation again."
)


@dataclass(frozen=True)
class ShownOutcome:
    """How a job reads to whoever looks at it: its status and, once failed, why."""

    status: str
    error_code: str
    error_message: str


class IllegalJobTransitionError(Exception):
    """A job was asked to move to a status its current status does not lead to."""


def lease_deadline() -> datetime:
    """A job started before this has outlived any live worker's lease: its worker is lost."""
    return timezone.now() - timedelta(seconds=settings.GENERATION_JOB_TIMEOUT_S)


def random_variation_seed() -> int:
    """A new job's seed: Regenerate, and each candidate of a batch, draw a different poster."""
    return secrets.randbelow(2**31)


class GenerationJobQuerySet(models.QuerySet["GenerationJob"]):
    def end_lost(self) -> int:
        """End as failed (`worker_lost`) every running job whose worker cannot still be alive.

        A worker that dies mid-job cannot record its own end; workers run this before each
        job and `requeue_generation_jobs` on its schedule. Returns how many jobs it ended.
        """
        GenerationJob.check_transition(GenerationJob.Status.RUNNING, GenerationJob.Status.FAILED)
        now = timezone.now()
        lost = self.filter(status=GenerationJob.Status.RUNNING, started_at__lt=lease_deadline())
        return lost.update(
            status=GenerationJob.Status.FAILED,
            error_code=GenerationJob.ErrorCode.WORKER_LOST,
            error_message=WORKER_LOST_MESSAGE,
            finished_at=now,
            updated_at=now,
        )

    def cancel_queued(self, *, code: str, message: str) -> int:
        """End cancelled, with this code and sentence, every job of the queryset still queued.

        One conditional UPDATE: a job a worker claims at the same moment is its worker's to
        end. Returns how many jobs it cancelled.
        """
        GenerationJob.check_transition(GenerationJob.Status.QUEUED, GenerationJob.Status.CANCELLED)
        now = timezone.now()
        return self.filter(status=GenerationJob.Status.QUEUED).update(
            status=GenerationJob.Status.CANCELLED,
            error_code=GenerationJob.ErrorCode(code).value,
            error_message=message,
            finished_at=now,
            updated_at=now,
        )


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
        REFERENCES_GONE = "references_gone"
        CANCELLED = "cancelled"
        # The person's consent no longer allowed sending their photos when the worker was
        # about to (a cancelled job's code, like CANCELLED).
        CONSENT_WITHDRAWN = "consent_withdrawn"

    # The faces module decides the verdict; the job records it.
    LikenessVerdict = LikenessVerdict

    class LikenessUnscored(models.TextChoices):
        """Why a stored poster has no likeness."""

        FACE_MATCHING_OFF = "face_matching_off"
        NO_REFERENCE_FACES = "no_reference_faces"
        SCORER_FAILED = "scorer_failed"

    FINISHED = (Status.SUCCEEDED, Status.FAILED, Status.CANCELLED)
    # The only moves a job makes; every change of `status` goes through this table.
    TRANSITIONS: ClassVar[dict[str, frozenset[str]]] = {
        Status.QUEUED: frozenset({Status.RUNNING, Status.CANCELLED}),
        # Back to queued once, when the worker holding it is no longer seen.
        Status.RUNNING: frozenset(
            {Status.SUCCEEDED, Status.FAILED, Status.CANCELLED, Status.QUEUED}
        ),
        Status.SUCCEEDED: frozenset(),
        Status.FAILED: frozenset(),
        Status.CANCELLED: frozenset(),
    }

    objects = GenerationJobQuerySet.as_manager()

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
    batch = models.ForeignKey(
        "image_generation.GenerationBatch",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="jobs",
        help_text="The click of Generate this candidate came from.",
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    starred = models.BooleanField(default=False)
    cancel_requested_at = models.DateTimeField(
        null=True, blank=True, help_text="Asked to cancel while running: ends when it answers."
    )
    provider = models.CharField(max_length=32)
    provider_store = models.BooleanField(
        null=True,
        blank=True,
        help_text="Whether the provider was asked to keep the request in its logs: false "
        "(Gemini's store: false); empty when nothing is sent anywhere (the offline poster) "
        "or the job is older than this record.",
    )
    model = models.CharField(max_length=100)
    aspect_ratio = models.CharField(max_length=8)
    resolution = models.CharField(max_length=4)
    additional_prompt = models.TextField(blank=True)
    prompt = models.TextField(blank=True)
    reference_image_ids = models.JSONField(default=list)
    save_to_identity = models.BooleanField(default=False)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="refinements",
        help_text="The poster this job edits; empty for a fresh poster.",
    )
    instruction = models.TextField(blank=True, help_text="The admin's edit, for a refinement.")
    depth = models.PositiveSmallIntegerField(
        default=0, help_text="Edits between the first poster and this one (0 for a fresh poster)."
    )
    variation_seed = models.PositiveIntegerField(
        default=random_variation_seed,
        help_text="Varies what the provider draws for the same input (the local poster's "
        "palette and layout); the same seed and input draw the same poster.",
    )
    model_turn = models.JSONField(
        null=True,
        blank=True,
        help_text="The provider's answer turn, to send back when this poster is refined.",
    )

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

    worker_id = models.CharField(
        max_length=64, blank=True, help_text="The task worker drawing it, while it runs."
    )
    requeues = models.PositiveSmallIntegerField(
        default=0, help_text="Times it went back to the queue because its worker was gone."
    )
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    provider_ms = models.PositiveIntegerField(null=True, blank=True)
    saved_to_identity_at = models.DateTimeField(null=True, blank=True)

    # How much the poster's best face looks like the references sent (SFace cosine, 0-1).
    likeness_score = models.FloatField(null=True, blank=True)
    likeness_verdict = models.CharField(max_length=16, blank=True, choices=LikenessVerdict.choices)
    likeness_faces = models.PositiveSmallIntegerField(null=True, blank=True)
    likeness_scored_at = models.DateTimeField(null=True, blank=True)
    likeness_unscored = models.CharField(
        max_length=32, blank=True, choices=LikenessUnscored.choices
    )

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["identity", "-created_at"]),
            models.Index(fields=["status", "started_at"]),
            models.Index(fields=["provider", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.identity.name} ({self.status})"

    @classmethod
    def check_transition(cls, current: str, target: str) -> None:
        if target not in cls.TRANSITIONS[current]:
            raise IllegalJobTransitionError(f"A {current} generation job cannot become {target}.")

    @property
    def is_lost(self) -> bool:
        """Running past the lease: shown as lost before a worker or the schedule ends it."""
        return (
            self.status == self.Status.RUNNING
            and self.started_at is not None
            and self.started_at < lease_deadline()
        )

    @property
    def shown_outcome(self) -> ShownOutcome:
        """What the job reads as: a lost one as the failure it will end as (`worker_lost`);
        reads never write, a worker or the schedule ends it."""
        if self.is_lost:
            return ShownOutcome(
                status=self.Status.FAILED.value,
                error_code=self.ErrorCode.WORKER_LOST.value,
                error_message=WORKER_LOST_MESSAGE,
            )
        return ShownOutcome(
            status=self.status, error_code=self.error_code, error_message=self.error_message
        )

    def claim(self, *, worker_id: str = "") -> bool:
        """Take a queued job for this worker; False when another worker has it, it ended, or
        its provider already runs GENERATION_MAX_CONCURRENT_PER_PROVIDER jobs.

        The provider's lock row is held while its running jobs are counted and this one is
        taken, and the take is one conditional UPDATE: two workers (or a task delivered
        twice) cannot both win, nor together pass the provider's limit.
        """
        self.check_transition(self.Status.QUEUED, self.Status.RUNNING)
        with transaction.atomic():
            ProviderSlotLock.objects.get_or_create(provider=self.provider)
            ProviderSlotLock.objects.select_for_update().filter(provider=self.provider).first()
            running = GenerationJob.objects.filter(
                provider=self.provider, status=self.Status.RUNNING
            ).count()
            if running >= settings.GENERATION_MAX_CONCURRENT_PER_PROVIDER:
                return False
            now = timezone.now()
            claimed = GenerationJob.objects.filter(pk=self.pk, status=self.Status.QUEUED).update(
                status=self.Status.RUNNING, started_at=now, worker_id=worker_id, updated_at=now
            )
        if claimed:
            self.status, self.started_at, self.updated_at = self.Status.RUNNING, now, now
            self.worker_id = worker_id
        return bool(claimed)

    def requeue(self) -> None:
        """Back to the queue, its worker gone: the caller hands it to the workers again."""
        self._move(self.Status.QUEUED, started_at=None, worker_id="", requeues=self.requeues + 1)

    def succeed(self, **fields: Any) -> None:
        """Record the poster (`image`, `mime_type`, usage … in `fields`) and end the job."""
        self._move(self.Status.SUCCEEDED, **fields)

    def fail(self, code: str, message: str, **fields: Any) -> None:
        """End the job with a code from ErrorCode and a sentence for the admin."""
        self._move(
            self.Status.FAILED,
            error_code=self.ErrorCode(code).value,
            error_message=message,
            **fields,
        )

    def cancel(self, *, code: str = ErrorCode.CANCELLED, message: str = "", **fields: Any) -> None:
        """End the job cancelled (usage and cost of a call that answered in `fields`): by an
        admin (`cancelled`), or with another code and sentence saying why."""
        if not message:
            message = CANCELLED_RUNNING_MESSAGE if self.started_at else CANCELLED_QUEUED_MESSAGE
        self._move(
            self.Status.CANCELLED,
            error_code=self.ErrorCode(code).value,
            error_message=message,
            **fields,
        )

    def _move(self, target: str, **fields: Any) -> None:
        """Change status from the one stored, under a row lock, with the given fields."""
        with transaction.atomic():
            current = (
                GenerationJob.objects.select_for_update()
                .values_list("status", flat=True)
                .get(pk=self.pk)
            )
            self.check_transition(current, target)
            for name, value in fields.items():
                if getattr(self, name) != value:  # an image already set is not re-read
                    setattr(self, name, value)
            self.status = target
            self.finished_at = timezone.now() if target in self.FINISHED else None
            self.save(update_fields=[*fields, "status", "finished_at", "updated_at"])
