from django.utils import timezone

from apps.identities.functions.admin import set_identity_image
from apps.identities.models import Identity
from apps.image_generation.models import GenerationJob


def attach_poster_to_identity(*, job: GenerationJob, data: bytes) -> Identity:
    """Put a succeeded job's poster (`data`, its stored bytes) on its identity, as a copy:
    deleting the job's file later leaves the identity's. The copy is stored before the short
    transaction that points the identity at it (inside the caller's, if it has one)."""
    identity = set_identity_image(identity_id=job.identity_id, data=data, name=job.image.name)
    job.saved_to_identity_at = timezone.now()
    job.save(update_fields=["saved_to_identity_at", "updated_at"])
    return identity
