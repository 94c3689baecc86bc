from dataclasses import dataclass

from django.db import transaction
from PIL import Image

from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import (
    can_match_faces,
    lock_reference_image_slots,
    refresh_match_to_others,
)
from apps.users.models import User
from services.faces import detect_faces, embed_faces


@dataclass(frozen=True)
class EmbeddedCount:
    embedded: int  # photos that got an embedding
    without_face: int  # photos looked at in which no face was found


def _embedding_of(photo: ReferenceImage) -> bytes | None:
    # The model-ready copy is what the upload pipeline finds faces in.
    with photo.model_image.open("rb") as file, Image.open(file) as opened:
        image = opened.convert("RGB")
    faces = detect_faces(image=image)
    return embed_faces(image=image, faces=faces[:1])[0].tobytes() if faces else None


def embed_missing_face_embeddings() -> EmbeddedCount:
    """Embed the largest face of every stored photo that has no embedding (photos stored
    before faces were embedded), for the people whose faces may be matched, then compare
    each such person's photos again.

    Each photo is decoded outside any transaction; its embedding is written only if the
    photo was not replaced meanwhile.
    """
    embedded = without_face = 0
    people: set[User] = set()
    missing = (
        ReferenceImage.objects.filter(face_embedding__isnull=True)
        .exclude(model_image="")
        .select_related("user")
    )
    for photo in missing.iterator():
        if not can_match_faces(photo.user):
            continue
        embedding = _embedding_of(photo)
        if embedding is None:
            without_face += 1
            continue
        same_photo = ReferenceImage.objects.filter(pk=photo.pk, model_image=photo.model_image.name)
        if same_photo.update(face_embedding=embedding):
            embedded += 1
            people.add(photo.user)
    for person in people:
        with transaction.atomic():
            lock_reference_image_slots(user=person)
            refresh_match_to_others(user=person)
    return EmbeddedCount(embedded=embedded, without_face=without_face)
