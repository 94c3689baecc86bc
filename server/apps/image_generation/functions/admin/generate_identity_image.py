from uuid import UUID

from django.conf import settings
from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.identities.functions.admin import get_identity
from apps.image_generation.models import GenerationJob
from apps.image_generation.tasks import enqueue_generation_job
from apps.image_generation.utils import build_identity_prompt
from apps.reference_images.functions.admin import list_usable_reference_images
from apps.users.models import User
from services.image_generation import ALLOWED_ASPECT_RATIOS, ALLOWED_RESOLUTIONS, get_image_service

from .check_generation_budget import check_generation_budget
from .get_generation_subject import get_generation_subject


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
) -> GenerationJob:
    """Check the request, record a queued job and hand it to a worker once committed.

    No provider is called here: the poster is drawn by `run_generation_job` in a worker.
    """
    user = get_generation_subject(actor=created_by, user_id=user_id)
    identity = get_identity(identity_id=identity_id)
    if identity.user_id != user.pk:
        raise ValidationError(
            "This identity belongs to another user.", code="identity_of_another_user"
        )
    aspect_ratio = aspect_ratio or settings.GENERATION_DEFAULT_ASPECT_RATIO
    resolution = resolution or settings.GENERATION_DEFAULT_RESOLUTION
    if aspect_ratio not in ALLOWED_ASPECT_RATIOS:
        raise ValidationError(
            f"Aspect ratio must be one of {', '.join(ALLOWED_ASPECT_RATIOS)}.",
            code="unknown_aspect_ratio",
        )
    if resolution not in ALLOWED_RESOLUTIONS:
        raise ValidationError(
            f"Resolution must be one of {', '.join(ALLOWED_RESOLUTIONS)}.",
            code="unknown_resolution",
        )
    references = list(list_usable_reference_images(user_id=user.pk))
    if not references:
        raise ValidationError(
            "This person has no reference photos yet. Add at least one photo first.",
            code="no_reference_images",
        )

    service = get_image_service()
    job = GenerationJob(
        created_by=created_by,
        user=user,
        identity=identity,
        provider=service.provider_name,
        model=service.model_name,
        aspect_ratio=aspect_ratio,
        resolution=resolution,
        additional_prompt=additional_prompt,
        prompt=build_identity_prompt(identity, additional_prompt),
        reference_image_ids=[str(reference.pk) for reference in references],
        save_to_identity=save_to_identity,
    )
    check_generation_budget(user=user, planned=job)
    job.save()
    enqueue_generation_job(job_id=job.pk)
    return job
