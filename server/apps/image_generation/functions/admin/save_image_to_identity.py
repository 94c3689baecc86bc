from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from apps.core.exceptions import Conflict
from apps.core.utils import replace_image_file
from apps.identities.models import Identity
from apps.image_generation.models import GenerationJob


@transaction.atomic
def save_image_to_identity(*, job: GenerationJob) -> Identity:
    """Copy a finished job's poster onto its identity's image (a copy: the job keeps its own)."""
    if job.status != GenerationJob.Status.SUCCEEDED or not job.image:
        raise Conflict("Only a finished, successful generation can be saved to the identity.")
    with job.image.open("rb") as source:
        data = source.read()
    # The poster is our own file, not an upload: its bytes are stored as they are.
    identity = Identity.objects.select_for_update().get(pk=job.identity_id)
    replace_image_file(instance=identity, file=ContentFile(data), name=job.image.name)
    job.saved_to_identity_at = timezone.now()
    job.save(update_fields=["saved_to_identity_at", "updated_at"])
    return identity
