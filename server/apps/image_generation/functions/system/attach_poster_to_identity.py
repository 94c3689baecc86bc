from django.utils import timezone

from apps.identities.functions.system import set_identity_image
from apps.identities.models import Identity
from apps.image_generation.models import GenerationJob
from apps.users.models import User


def attach_poster_to_identity(
    *, job: GenerationJob, data: bytes, saved_by: User | None
) -> Identity:
    """Add a succeeded job's poster (`data`, its stored bytes) to its identity as a new
    current version, a copy: deleting the job later leaves the identity's. The copy is stored
    before the short transaction that adds the version (inside the caller's, if it has one)."""
    identity = set_identity_image(
        identity_id=job.identity_id,
        data=data,
        name=job.image.name,
        job_id=job.pk,
        saved_by=saved_by,
    )
    job.saved_to_identity_at = timezone.now()
    job.save(update_fields=["saved_to_identity_at", "updated_at"])
    return identity
