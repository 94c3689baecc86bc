from django.conf import settings
from django.db import models


class LikenessVerdict(models.TextChoices):
    MATCH = "match"
    NO_MATCH = "no_match"
    NO_FACE = "no_face"


def likeness_verdict(*, score: float | None) -> LikenessVerdict:
    """What a face's cosine to a person's faces (`similarity_to_mean`) says; None: no face.

    The one place the threshold is applied: at or above LIKENESS_MATCH_THRESHOLD (SFace's
    published cosine for one person) the faces are taken for one person. A reference photo
    below it is flagged as maybe someone else, and a poster below it reads "may not be them".
    """
    if score is None:
        return LikenessVerdict.NO_FACE
    if score >= settings.LIKENESS_MATCH_THRESHOLD:
        return LikenessVerdict.MATCH
    return LikenessVerdict.NO_MATCH
