from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from apps.identities.functions.admin import set_identity_image
from apps.identities.models import Identity
from apps.image_generation.models import GenerationJob


@transaction.atomic
def attach_poster_to_identity(*, job: GenerationJob, data: bytes) -> Identity:
    """Put a succeeded job's poster (`data`, its stored bytes) on its identity, as a copy:
    deleting the job's file later leaves the identity's."""
    identity = set_identity_image(
        identity_id=job.identity_id, image_file=ContentFile(data), name=job.image.name
    )
    job.saved_to_identity_at = timezone.now()
    job.save(update_fields=["saved_to_identity_at", "updated_at"])
    return identity
