from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from services.faces import (
    LikenessVerdict,
    embedding_from_bytes,
    likeness_verdict,
    similarity_to_mean,
)

from .quality_warning_code import QualityWarningCode


def _warnings(current: list[dict[str, str]], match: float | None) -> list[dict[str, str]]:
    different = QualityWarningCode.DIFFERENT_PERSON
    kept = [warning for warning in current if warning["code"] != different]
    if match is not None and likeness_verdict(score=match) == LikenessVerdict.NO_MATCH:
        kept.append(
            {
                "code": QualityWarningCode.DIFFERENT_PERSON.value,
                "message": "This photo may show a different person than the other photos "
                f"(match {round(match * 100)} %).",
            }
        )
    return kept


def refresh_match_to_others(*, user: User) -> None:
    """Compare each of a person's photos with a face to their other photos with a face.

    Each gets `match_to_others` (its cosine to the normalised mean of the others' embeddings)
    and, when `likeness_verdict` says no match, the `different_person` warning; with fewer than two
    such photos there is nothing to compare and neither is set. Run it in the transaction
    that adds, replaces or deletes a photo, under the slot lock.
    """
    photos = list(ReferenceImage.objects.filter(user=user).order_by("order"))
    embedded = {
        photo.pk: embedding_from_bytes(photo.face_embedding)
        for photo in photos
        if photo.face_embedding is not None
    }
    for photo in photos:
        match = None
        if photo.pk in embedded and len(embedded) >= 2:
            others = [vector for pk, vector in embedded.items() if pk != photo.pk]
            match = similarity_to_mean(embedding=embedded[photo.pk], others=others)
        warnings = _warnings(photo.quality_warnings, match)
        if match != photo.match_to_others or warnings != photo.quality_warnings:
            ReferenceImage.objects.filter(pk=photo.pk).update(
                match_to_others=match, quality_warnings=warnings
            )
