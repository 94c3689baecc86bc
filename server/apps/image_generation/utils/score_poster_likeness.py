import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from django.conf import settings
from PIL import Image

from apps.image_generation.models import GenerationJob
from apps.reference_images.utils import detect_faces, embed_faces, similarity_to_mean

# The smallest face a poster is searched for, as a share of its height, and the size in
# pixels at which YuNet still finds such a face (a profile too): the detection copy is no
# larger than that needs.
SMALLEST_FACE_SHARE = 0.05
SMALLEST_FACE_PX = 32
# Such a face still embeds well this many pixels tall (SFace aligns faces to 112x112).
EMBEDDED_FACE_PX = 64

Verdict = GenerationJob.LikenessVerdict


@dataclass(frozen=True)
class PosterLikeness:
    score: float | None  # the best face's cosine to the references' mean, 0-1; None: no face
    verdict: GenerationJob.LikenessVerdict
    faces: int


def _detection_side(width: int, height: int) -> int:
    scale = min(1.0, SMALLEST_FACE_PX / (SMALLEST_FACE_SHARE * height))
    return max(1, round(max(width, height) * scale))


def likeness_decode_size(width: int, height: int) -> tuple[int, int]:
    """The fewest pixels of a `width` x `height` poster that keep the smallest face searched
    for EMBEDDED_FACE_PX tall: a JPEG may be decoded at 1/2, 1/4 or 1/8 down to this."""
    scale = min(1.0, EMBEDDED_FACE_PX / (SMALLEST_FACE_SHARE * height))
    return math.ceil(width * scale), math.ceil(height * scale)


def score_poster_likeness(
    *, poster: Image.Image, references: Sequence[np.ndarray]
) -> PosterLikeness:
    """How much the best face in a poster (its decoded pixels, at least
    `likeness_decode_size`) looks like the reference embeddings.

    Every face is found on a small copy and embedded from `poster`, which is left as it is.
    """
    faces = detect_faces(image=poster, max_sides=(_detection_side(*poster.size),))
    if not faces:
        return PosterLikeness(score=None, verdict=Verdict.NO_FACE, faces=0)
    score = max(
        similarity_to_mean(embedding=embedding, others=references)
        for embedding in embed_faces(image=poster, faces=faces)
    )
    verdict = Verdict.MATCH if score >= settings.LIKENESS_MATCH_THRESHOLD else Verdict.NO_MATCH
    return PosterLikeness(score=score, verdict=verdict, faces=len(faces))
