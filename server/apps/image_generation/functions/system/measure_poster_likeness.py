import io
import logging
from typing import Any

from django.conf import settings
from django.utils import timezone
from PIL import Image

from apps.image_generation.models import GenerationJob
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import (
    can_match_faces,
    detect_faces,
    embed_faces,
    embedding_from_bytes,
    similarity_to_mean,
)

log = logging.getLogger(__name__)

# The smallest face the poster is searched for, as a share of its height, and the size in
# pixels YuNet finds such a face at reliably: the detection copy is no larger than that needs.
SMALLEST_FACE_SHARE = 0.05
SMALLEST_FACE_PX = 32

Verdict = GenerationJob.LikenessVerdict
Unscored = GenerationJob.LikenessUnscored


def _detection_side(width: int, height: int) -> int:
    scale = min(1.0, SMALLEST_FACE_PX / (SMALLEST_FACE_SHARE * height))
    return max(1, round(max(width, height) * scale))


def _score(data: bytes, references: list[ReferenceImage]) -> dict[str, Any]:
    sent = [embedding_from_bytes(photo.face_embedding or b"") for photo in references]
    with Image.open(io.BytesIO(data)) as opened:
        poster = opened.convert("RGB")
    faces = detect_faces(image=poster, max_sides=(_detection_side(*poster.size),))
    fields: dict[str, Any] = {"likeness_faces": len(faces), "likeness_scored_at": timezone.now()}
    if not faces:
        return fields | {"likeness_score": None, "likeness_verdict": Verdict.NO_FACE}
    score = max(
        similarity_to_mean(embedding=embedding, others=sent)
        for embedding in embed_faces(image=poster, faces=faces)
    )
    verdict = Verdict.MATCH if score >= settings.LIKENESS_MATCH_THRESHOLD else Verdict.NO_MATCH
    return fields | {"likeness_score": score, "likeness_verdict": verdict}


def measure_poster_likeness(*, job: GenerationJob, data: bytes) -> dict[str, Any]:
    """The likeness fields of a job for its poster's bytes: every face found in the poster is
    compared with the reference photos that were sent, and the best one counts.

    It never raises: when faces may not be matched, no reference sent has a face, or the
    scorer fails (logged), the likeness stays empty and `likeness_unscored` says why.
    """
    if not can_match_faces(job.user):
        return {"likeness_unscored": Unscored.FACE_MATCHING_OFF}
    references = list(
        ReferenceImage.objects.filter(
            pk__in=job.reference_image_ids, face_embedding__isnull=False
        ).order_by("order")
    )
    if not references:
        return {"likeness_unscored": Unscored.NO_REFERENCE_FACES}
    try:
        return _score(data, references)
    except Exception:  # a scorer failure never fails the job that drew the poster
        log.exception("Could not measure the likeness of generation job %s", job.pk)
        return {"likeness_unscored": Unscored.SCORER_FAILED}
