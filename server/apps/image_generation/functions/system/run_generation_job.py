import base64
import logging
import time
from typing import Any
from uuid import UUID

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction

from apps.core.storage import STORAGE_ERRORS
from apps.core.utils import (
    decode_for_renditions,
    image_file_names,
    render_image_renditions,
    store_image_renditions,
)
from apps.image_generation.models import (
    CONSENT_WITHDRAWN_MESSAGE,
    CONSENT_WITHDRAWN_RETRY_MESSAGE,
    GenerationJob,
)
from apps.image_generation.utils import load_reference_photos
from apps.reference_images.models import ReferenceImage
from services.faces import likeness_decode_size
from services.image_generation import (
    GeneratedImage,
    ImageGenerationError,
    Refinement,
    SendingWithheld,
    TokenUsage,
    TurnPart,
    estimate_cost_usd,
    get_image_service,
)

from .attach_poster_to_identity import attach_poster_to_identity
from .likeness_to_write import likeness_to_write
from .may_send_photos import may_send_photos
from .measure_poster_likeness import measure_poster_likeness

log = logging.getLogger(__name__)

_EXTENSIONS = {"image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp"}
Code = GenerationJob.ErrorCode
_REFERENCES_GONE = (
    "The person's reference photos were deleted before the poster was drawn, so nothing was "
    "sent and nothing was charged. Add a photo and generate again."
)
_KEEPING_FAILED = {
    Code.STORAGE_ERROR: "The poster was drawn but could not be stored. Try again.",
    Code.BAD_IMAGE: "The provider sent a poster that cannot be read as an image. Try again.",
    Code.INTERNAL: "The poster was drawn but could not be saved. Try again.",
}


def _usage_fields(
    job: GenerationJob, usage: TokenUsage | None, *, images_out: int
) -> dict[str, Any]:
    if usage is None:
        return {}
    return {
        "prompt_tokens": usage.prompt_tokens,
        "output_tokens": usage.output_tokens + usage.thoughts_tokens,
        "total_tokens": usage.total_tokens,
        "cost_usd": estimate_cost_usd(
            model=job.model, usage=usage, resolution=job.resolution, images_out=images_out
        ),
    }


def _stored_turn(turn: tuple[TurnPart, ...]) -> list[dict[str, Any]] | None:
    """The answer turn as JSON: signatures in base64 of the bytes received, no image bytes."""
    if not turn:
        return None
    return [
        {
            "text": part.text,
            "image": part.is_image,
            "thought_signature": base64.b64encode(part.thought_signature).decode()
            if part.thought_signature is not None
            else None,
        }
        for part in turn
    ]


def _turn_from_storage(stored: list[dict[str, Any]] | None) -> tuple[TurnPart, ...]:
    return tuple(
        TurnPart(
            text=part["text"],
            is_image=part["image"],
            thought_signature=base64.b64decode(part["thought_signature"])
            if part["thought_signature"] is not None
            else None,
        )
        for part in stored or []
    )


def _refinement(job: GenerationJob) -> Refinement | None:
    """What the provider needs of the parent to edit its poster; None for a fresh poster."""
    parent = job.parent
    if parent is None:
        return None
    with default_storage.open(parent.image.name, "rb") as poster:
        parent_image = poster.read()
    return Refinement(
        instruction=job.instruction,
        parent_prompt=parent.prompt,
        parent_image=parent_image,
        parent_mime_type=parent.mime_type,
        # A turn from another provider cannot continue this one's conversation.
        parent_turn=_turn_from_storage(parent.model_turn)
        if parent.provider == job.provider
        else (),
    )


def _draw(job: GenerationJob, references: list[ReferenceImage]) -> GeneratedImage:
    service = get_image_service()
    return service.generate_image(
        prompt=job.prompt,
        references=load_reference_photos(references),
        aspect_ratio=job.aspect_ratio,
        resolution=job.resolution,
        title=job.identity.name,
        tagline=job.identity.i_am_statement,
        refinement=_refinement(job),
        variation=job.variation_seed,
        # Consent is read afresh right before each attempt, not taken from the job's creation.
        may_send=lambda: may_send_photos(user_id=job.user_id, service=service),
    )


def _keep(job: GenerationJob, result: GeneratedImage) -> None:
    """Store the poster exactly as returned, with its renditions and its likeness, and end
    the job succeeded.

    Whatever fails on the way ends the job failed with the code of the step that failed,
    and leaves no file stored.
    """
    fields: dict[str, Any] = {
        "attempts": result.attempts,
        "provider_ms": result.provider_ms,
        "response_id": result.response_id,
        "model_version": result.model_version,
        "model_turn": _stored_turn(result.model_turn),
        **_usage_fields(job, result.usage, images_out=1),
    }
    step = Code.STORAGE_ERROR
    try:
        name = GenerationJob.image.field.generate_filename(
            job, f"poster{_EXTENSIONS.get(result.mime_type, '.bin')}"
        )
        job.image = default_storage.save(name, ContentFile(result.data))
        step = Code.BAD_IMAGE
        # Decoded once, for the likeness and then the renditions (which shrink it in place).
        poster = decode_for_renditions(
            image=job.image,
            data=result.data,
            at_least=likeness_decode_size(result.width, result.height),
        )
        # Measured before the job ends, so whoever sees it succeeded sees its likeness too.
        likeness = measure_poster_likeness(job=job, poster=poster)
        renditions = render_image_renditions(image=job.image, picture=poster)
        step = Code.STORAGE_ERROR
        store_image_renditions(image=job.image, renditions=renditions)
        step = Code.INTERNAL
        with transaction.atomic():
            likeness = likeness_to_write(job=job, likeness=likeness)  # consent still in force
            job.succeed(
                image=job.image,
                image_width=result.width,
                image_height=result.height,
                mime_type=result.mime_type,
                **fields,
                **likeness,
            )
            if job.save_to_identity:
                attach_poster_to_identity(job=job, data=result.data, saved_by=job.created_by)
    except Exception:  # the task boundary: whatever failed, the job ends and nothing stays
        log.exception("Could not keep the poster of generation job %s (%s)", job.pk, step)
        _discard(image_file_names(job.image))
        job.refresh_from_db()
        if job.status == GenerationJob.Status.RUNNING:  # not ended meanwhile as lost
            job.fail(step, _KEEPING_FAILED[step], **fields)


def _discard(names: list[str]) -> None:
    """Delete what was stored of a poster that is not kept; a file that cannot be deleted
    now is left for `sweep_storage`."""
    for name in names:
        try:
            default_storage.delete(name)
        except STORAGE_ERRORS:
            log.exception("Could not delete %s; sweep_storage will find it", name)


_SLOT_POLL_S = 0.2


def _claim_when_a_slot_frees(job: GenerationJob, worker_id: str) -> bool:
    """Claim the job, waiting while its provider runs as many jobs as it may.

    False when another worker took it or it was cancelled meanwhile, or when no slot freed
    within GENERATION_QUEUE_TIMEOUT_S: it stays queued for requeue_generation_jobs.
    """
    deadline = time.monotonic() + settings.GENERATION_QUEUE_TIMEOUT_S
    while not job.claim(worker_id=worker_id):
        job.refresh_from_db(fields=["status"])
        if job.status != GenerationJob.Status.QUEUED or time.monotonic() > deadline:
            return False
        time.sleep(_SLOT_POLL_S)
    return True


def _cancel_requested(job: GenerationJob) -> bool:
    job.refresh_from_db(fields=["cancel_requested_at"])
    return job.cancel_requested_at is not None


def run_generation_job(*, job_id: UUID, worker_id: str = "") -> GenerationJob | None:
    """Draw the poster of a queued job and record how it ended; it never stays running.

    The person's consent to sending is read afresh right before each call to the provider
    (`may_send_photos`): once it no longer holds, the job ends cancelled
    (`consent_withdrawn`) and nothing more is sent. None when the job is gone, was
    cancelled, or another worker has taken it (a task delivered twice).
    """
    job = GenerationJob.objects.select_related("identity", "parent").filter(pk=job_id).first()
    if job is None or not _claim_when_a_slot_frees(job, worker_id):
        return None
    references = list(
        ReferenceImage.objects.filter(pk__in=job.reference_image_ids).order_by("order")
    )
    if not references:  # deleted while the job waited: no poster of nobody, no charge
        job.fail(Code.REFERENCES_GONE, _REFERENCES_GONE)
        return job
    try:
        result = _draw(job, references)
    except SendingWithheld as withheld:  # consent withdrawn: nothing (more) sent or charged
        job.cancel(
            code=Code.CONSENT_WITHDRAWN,
            message=CONSENT_WITHDRAWN_RETRY_MESSAGE
            if withheld.attempts
            else CONSENT_WITHDRAWN_MESSAGE,
            attempts=withheld.attempts,
            provider_ms=withheld.provider_ms if withheld.attempts else None,
        )
        return job
    except ImageGenerationError as error:
        usage = {"attempts": error.attempts, **_usage_fields(job, error.usage, images_out=0)}
        if _cancel_requested(job):
            job.cancel(**usage)
        else:
            job.fail(error.code, error.message, **usage)
        return job
    except Exception:  # the task boundary: anything unexpected still ends the job
        log.exception("Generation job %s failed unexpectedly", job.pk)
        job.fail(Code.INTERNAL, "Something went wrong while drawing the poster. Try again.")
        return job
    if _cancel_requested(job):  # the poster is dropped unstored; what it cost is kept
        job.cancel(
            attempts=result.attempts,
            provider_ms=result.provider_ms,
            **_usage_fields(job, result.usage, images_out=1),
        )
        return job
    _keep(job, result)
    return job
