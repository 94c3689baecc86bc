import logging
from decimal import Decimal
from uuid import UUID

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from apps.core.storage import STORAGE_ERRORS
from apps.core.utils import image_file_names, warm_image_renditions
from apps.image_generation.models import GenerationJob

# The module, not the package: the package's enqueue helper imports the task, which imports
# this file (a cycle in which mypy would take the name for the module).
from apps.image_generation.utils.load_reference_photos import load_reference_photos
from apps.reference_images.models import ReferenceImage
from services.image_generation import (
    GeneratedImage,
    ImageGenerationError,
    TokenUsage,
    estimate_cost_usd,
    get_image_service,
)

from .save_image_to_identity import save_image_to_identity

log = logging.getLogger(__name__)

_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}


def _claim(job_id: UUID) -> GenerationJob | None:
    """Move a queued job to running; None when another worker has it or it has ended."""
    with transaction.atomic():
        job = GenerationJob.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.status != GenerationJob.Status.QUEUED:
            return None
        job.status = GenerationJob.Status.RUNNING
        job.started_at = timezone.now()
        job.save(update_fields=["status", "started_at", "updated_at"])
        return job


def _record_usage(job: GenerationJob, usage: TokenUsage, *, images_out: int) -> None:
    job.prompt_tokens = usage.prompt_tokens
    job.output_tokens = usage.output_tokens + usage.thoughts_tokens
    job.total_tokens = usage.total_tokens
    job.cost_usd = (
        Decimal("0")
        if job.provider == "local"
        else estimate_cost_usd(
            model=job.model, usage=usage, resolution=job.resolution, images_out=images_out
        )
    )


def _fail(job: GenerationJob, code: str, message: str) -> None:
    job.status = GenerationJob.Status.FAILED
    job.error_code = code
    job.error_message = message
    job.finished_at = timezone.now()
    job.save()


def _store_result(job: GenerationJob, result: GeneratedImage) -> None:
    """Store the bytes exactly as returned, with renditions, and finish the job."""
    name = f"poster{_EXTENSIONS.get(result.mime_type, '.bin')}"
    job.image.save(name, ContentFile(result.data), save=False)
    try:
        warm_image_renditions(image=job.image, data=result.data)
        with transaction.atomic():
            job.mime_type = result.mime_type
            job.status = GenerationJob.Status.SUCCEEDED
            job.finished_at = timezone.now()
            job.save()
            if job.save_to_identity:
                save_image_to_identity(job=job)
    except BaseException:
        for stored in image_file_names(job.image):
            default_storage.delete(stored)
        job.image = None
        raise


def run_generation_job(*, job_id: UUID) -> GenerationJob | None:
    """Draw the poster of a queued job and record the outcome; never leaves it running."""
    job = _claim(job_id)
    if job is None:
        return None
    try:
        references = ReferenceImage.objects.filter(pk__in=job.reference_image_ids).order_by("order")
        service = get_image_service()
        result = service.generate_image(
            prompt=job.prompt,
            references=load_reference_photos(references),
            aspect_ratio=job.aspect_ratio,
            resolution=job.resolution,
            title=job.identity.name,
            tagline=job.identity.i_am_statement,
        )
    except ImageGenerationError as error:
        job.attempts = error.attempts
        if error.usage is not None:
            _record_usage(job, error.usage, images_out=0)
        _fail(job, error.code, error.message)
        return job
    except Exception:  # the task boundary: anything unexpected still ends the job
        log.exception("Generation job %s failed unexpectedly", job.pk)
        _fail(job, "internal", "Something went wrong while drawing the poster. Try again.")
        return job

    job.attempts = result.attempts
    job.provider_ms = result.provider_ms
    _record_usage(job, result.usage, images_out=1)
    try:
        _store_result(job, result)
    except STORAGE_ERRORS:
        log.exception("Could not store the result of generation job %s", job.pk)
        _fail(job, "storage_error", "The poster was drawn but could not be stored. Try again.")
    return job
