import logging
from typing import Any

from django.utils import timezone
from PIL import Image

from apps.image_generation.models import GenerationJob
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import can_match_faces
from services.faces import embedding_from_bytes, likeness_verdict, score_poster_likeness

log = logging.getLogger(__name__)

Unscored = GenerationJob.LikenessUnscored


def measure_poster_likeness(
    *, job: GenerationJob, poster: Image.Image, pasted: bool = False
) -> dict[str, Any]:
    """The likeness fields of a job for its poster's pixels (as `score_poster_likeness`
    takes them): every face found in the poster is compared with the reference photos that
    were sent, and the best one counts; a face near-identical to one of them is `pasted`.

    A poster its provider says holds a reference photo itself (`pasted`: the offline poster)
    is marked so without looking at its faces: its likeness is no measure.

    It never raises: when faces may not be matched, no reference sent has a face, or the
    scorer fails (logged), the likeness stays empty and `likeness_unscored` says why.
    """
    if not can_match_faces(job.user):
        return {"likeness_unscored": Unscored.FACE_MATCHING_OFF}
    if pasted:
        return {
            "likeness_verdict": likeness_verdict(score=None, pasted=True),
            "likeness_scored_at": timezone.now(),
        }
    sent = ReferenceImage.objects.filter(
        pk__in=job.reference_image_ids, face_embedding__isnull=False
    ).values_list("face_embedding", flat=True)
    references = [embedding_from_bytes(embedding) for embedding in sent if embedding]
    if not references:
        return {"likeness_unscored": Unscored.NO_REFERENCE_FACES}
    try:
        likeness = score_poster_likeness(poster=poster, references=references)
    except Exception:  # a scorer failure never fails the job that drew the poster
        log.exception("Could not measure the likeness of generation job %s", job.pk)
        return {"likeness_unscored": Unscored.SCORER_FAILED}
    return {
        "likeness_score": likeness.score,
        "likeness_verdict": likeness.verdict,
        "likeness_faces": likeness.faces,
        "likeness_scored_at": timezone.now(),
    }
