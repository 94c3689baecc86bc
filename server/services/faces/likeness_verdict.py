from django.conf import settings
from django.db import models


class LikenessVerdict(models.TextChoices):
    MATCH = "match"
    NO_MATCH = "no_match"
    NO_FACE = "no_face"
    # The face is a reference photo's own: its likeness measures nothing.
    PASTED = "pasted"


def likeness_verdict(
    *, score: float | None, closest: float | None = None, pasted: bool = False
) -> LikenessVerdict:
    """What a face's cosine to a person's faces (`similarity_to_mean`) says; None: no face.

    The one place the thresholds are applied. A poster that holds a reference photo's own
    pixels (`pasted`, as the offline poster does), or whose face is near-identical to one
    reference photo (`closest`, its highest cosine to one of them, above
    LIKENESS_PASTED_ABOVE), is PASTED: its likeness is no measure. Otherwise at or above
    LIKENESS_MATCH_THRESHOLD (SFace's published cosine for one person) the faces are taken
    for one person. A reference photo below it is flagged as maybe someone else, and a
    poster below it reads "may not be them".
    """
    if pasted or (closest is not None and closest > settings.LIKENESS_PASTED_ABOVE):
        return LikenessVerdict.PASTED
    if score is None:
        return LikenessVerdict.NO_FACE
    if score >= settings.LIKENESS_MATCH_THRESHOLD:
        return LikenessVerdict.MATCH
    return LikenessVerdict.NO_MATCH
