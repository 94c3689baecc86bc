from typing import Any

from apps.image_generation.models import GenerationJob
from apps.reference_images.utils import can_match_faces
from apps.users.models import User


def likeness_to_write(*, job: GenerationJob, likeness: dict[str, Any]) -> dict[str, Any]:
    """The likeness fields to store with the poster: as measured, unless face matching was
    withdrawn while the poster was being scored, in which case no score is stored.

    Called in the transaction that writes them. The person's row is locked first, as
    withdrawing face matching locks it (to forget their face embeddings): a withdrawal
    either commits before this reads the consent, or waits until the poster is written.
    """
    if "likeness_score" not in likeness:
        return likeness
    list(User.objects.select_for_update().filter(pk=job.user_id).values_list("pk", flat=True))
    if not can_match_faces(job.user):
        return {"likeness_unscored": GenerationJob.LikenessUnscored.FACE_MATCHING_OFF}
    return likeness
