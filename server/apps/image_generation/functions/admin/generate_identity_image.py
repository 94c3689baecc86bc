from dataclasses import dataclass
from decimal import Decimal
from uuid import UUID

from django.conf import settings
from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.identities.functions.public import get_identity_for
from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.image_generation.models import GenerationBatch, GenerationJob
from apps.image_generation.tasks import enqueue_generation_job
from apps.image_generation.utils import build_identity_prompt, estimate_job_cost_usd
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User
from services.image_generation import get_image_service

from .check_generation_budget import check_generation_budget
from .claim_references_to_send import claim_references_to_send
from .get_generation_subject import get_generation_subject

MAX_CANDIDATES = 4


@dataclass(frozen=True)
class StartedBatch:
    batch: GenerationBatch
    jobs: list[GenerationJob]
    estimated_cost_usd: Decimal


@transaction.atomic
def generate_identity_image(
    *,
    created_by: User,
    identity_id: UUID,
    user_id: UUID,
    additional_prompt: str = "",
    aspect_ratio: str | None = None,
    resolution: str | None = None,
    save_to_identity: bool = False,
    count: int = 1,
) -> StartedBatch:
    """Record a batch of `count` queued jobs (candidates with the same settings) and hand
    each to a worker once committed. The caller has validated the parameters (a known format,
    1 to MAX_CANDIDATES posters); a format left out is the configured default.

    No provider is called here: each poster is drawn by `run_generation_job` in a worker,
    one provider call per job.
    """
    user = get_generation_subject(actor=created_by, user_id=user_id)
    identity = get_identity_for(actor=created_by, identity_id=identity_id)
    if identity.user_id != user.pk:
        raise ValidationError(
            "This identity belongs to another user.",
            code=ImageGenerationErrorCode.IDENTITY_OF_ANOTHER_USER,
        )
    aspect_ratio = aspect_ratio or settings.GENERATION_DEFAULT_ASPECT_RATIO
    resolution = resolution or settings.GENERATION_DEFAULT_RESOLUTION
    service = get_image_service()
    references = claim_references_to_send(user_id=user.pk, service=service)
    batch = GenerationBatch(created_by=created_by, user=user, identity=identity, count=count)
    jobs = [
        GenerationJob(
            batch=batch,
            created_by=created_by,
            user=user,
            identity=identity,
            provider=service.provider_name,
            provider_store=service.provider_store,
            model=service.model_name,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            additional_prompt=additional_prompt,
            prompt=build_identity_prompt(identity, additional_prompt),
            reference_image_ids=[str(reference.pk) for reference in references],
            # Only one candidate may put itself on the identity: the first.
            save_to_identity=save_to_identity and index == 0,
        )
        for index in range(count)
    ]
    check_generation_budget(user=user, planned=jobs)
    batch.save()
    for job in jobs:
        job.save()
        enqueue_generation_job(job_id=job.pk)
    record_audit_event(
        action=AuditEvent.Action.GENERATION_CREATE,
        subject_user_id=user.pk,
        obj=batch,
        details={
            "identity_id": str(identity.pk),
            "provider": service.provider_name,
            "job_ids": [str(job.pk) for job in jobs],
        },
    )
    return StartedBatch(
        batch=batch,
        jobs=jobs,
        estimated_cost_usd=sum((estimate_job_cost_usd(job) for job in jobs), Decimal(0)),
    )
