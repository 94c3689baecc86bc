from uuid import UUID

from django.db import transaction

from apps.core.exceptions import Conflict
from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.image_generation.models import GenerationJob
from apps.image_generation.tasks import enqueue_generation_job
from apps.image_generation.utils import build_refinement_prompt
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User
from services.image_generation import get_image_service

from .check_generation_budget import check_generation_budget
from .claim_references_to_send import claim_references_to_send
from .get_generation_job import get_generation_job


@transaction.atomic
def refine_generation_job(
    *,
    created_by: User,
    job_id: UUID,
    instruction: str,
    aspect_ratio: str | None = None,
    resolution: str | None = None,
) -> GenerationJob:
    """Queue an edit of a finished poster: same identity and person, the person's current
    reference photos, and the parent's format unless another is asked for.

    The worker sends the parent's conversation on (see `run_generation_job`).
    """
    parent = get_generation_job(job_id=job_id)
    if parent.status != GenerationJob.Status.SUCCEEDED or not parent.image:
        raise Conflict(
            "Only a finished poster can be refined; this job has no poster "
            f"(it is {parent.status}).",
            code=ImageGenerationErrorCode.PARENT_NOT_SUCCEEDED,
        )
    service = get_image_service()
    references = claim_references_to_send(user_id=parent.user_id, service=service)
    job = GenerationJob(
        created_by=created_by,
        user_id=parent.user_id,
        identity=parent.identity,
        parent=parent,
        depth=parent.depth + 1,
        instruction=instruction,
        provider=service.provider_name,
        provider_store=service.provider_store,
        model=service.model_name,
        aspect_ratio=aspect_ratio or parent.aspect_ratio,
        resolution=resolution or parent.resolution,
        additional_prompt=parent.additional_prompt,
        prompt=build_refinement_prompt(instruction),
        reference_image_ids=[str(reference.pk) for reference in references],
    )
    check_generation_budget(user=parent.user, planned=[job])
    job.save()
    enqueue_generation_job(job_id=job.pk)
    record_audit_event(
        action=AuditEvent.Action.GENERATION_REFINE,
        subject_user_id=parent.user_id,
        obj=job,
        details={"parent_id": str(parent.pk), "provider": service.provider_name},
    )
    return job
