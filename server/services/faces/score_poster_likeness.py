from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PIL import Image

from .detect_faces import detect_faces
from .embed_faces import embed_faces
from .likeness_decode_size import SMALLEST_FACE_SHARE
from .likeness_verdict import LikenessVerdict, likeness_verdict
from .similarity_to_mean import similarity_to_mean

# The size in pixels at which YuNet still finds the smallest face a poster is searched for
# (a profile too): the detection copy is no larger than that needs.
SMALLEST_FACE_PX = 32


@dataclass(frozen=True)
class PosterLikeness:
    score: float | None  # the best face's cosine to the references' mean, 0-1; None: no face
    verdict: LikenessVerdict
    faces: int
    # The highest cosine of any face to any one reference: near 1, that photo pasted in.
    closest: float | None = None


def _detection_side(width: int, height: int) -> int:
    scale = min(1.0, SMALLEST_FACE_PX / (SMALLEST_FACE_SHARE * height))
    return max(1, round(max(width, height) * scale))


def score_poster_likeness(
    *, poster: Image.Image, references: Sequence[np.ndarray], pasted: bool = False
) -> PosterLikeness:
    """How much the best face in a poster (its decoded pixels, at least
    `likeness_decode_size`) looks like the reference embeddings; `pasted` when the provider
    says the poster holds a reference photo itself (see `likeness_verdict`).

    Every face is found on a small copy and embedded from `poster`, which is left as it is.
    """
    faces = detect_faces(image=poster, max_sides=(_detection_side(*poster.size),))
    if not faces:
        verdict = likeness_verdict(score=None, pasted=pasted)
        return PosterLikeness(score=None, verdict=verdict, faces=0)
    embeddings = embed_faces(image=poster, faces=faces)
    score = max(
        similarity_to_mean(embedding=embedding, others=references) for embedding in embeddings
    )
    closest = float(np.max(np.stack(embeddings) @ np.stack(references).T))
    return PosterLikeness(
        score=score,
        verdict=likeness_verdict(score=score, closest=closest, pasted=pasted),
        faces=len(faces),
        closest=closest,
    )
