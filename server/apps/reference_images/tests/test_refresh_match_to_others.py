"""Photos of one person: each photo with a face is compared with the person's other photos.

Five photos of the astronaut would need five portraits of her; the project ships one, so the
same-person photos are variants of it (mirrored, cropped, darker, greyscale) made here, and
the other person is the man behind the camera.
"""

import importlib

import pytest
from PIL import Image, ImageEnhance, ImageOps

from apps.reference_images.functions.public import (
    create_reference_image,
    delete_reference_image,
    upload_reference_image,
)
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import fixture_image, image_bytes, upload

pytestmark = pytest.mark.django_db


def astronaut_variants() -> list[Image.Image]:
    astronaut = fixture_image("astronaut").convert("RGB")
    return [
        astronaut,
        ImageOps.mirror(astronaut),
        astronaut.crop((40, 0, 472, 432)),
        ImageEnhance.Brightness(astronaut).enhance(0.7),
        ImageOps.grayscale(astronaut).convert("RGB"),
    ]


def add(user: User, picture: Image.Image, order: int) -> ReferenceImage:
    return create_reference_image(
        actor=user, image_file=upload(image_bytes(picture)), name=f"Photo {order}", order=order
    )


def warning_codes(photo: ReferenceImage) -> list[str]:
    photo.refresh_from_db()
    return [warning["code"] for warning in photo.quality_warnings]


def test_the_one_photo_of_another_person_among_five_is_flagged(user: User) -> None:
    same = astronaut_variants()[:4]
    photos = [add(user, picture, order) for order, picture in enumerate(same)]
    stranger = add(user, fixture_image("camera"), 4)

    stranger.refresh_from_db()
    assert stranger.match_to_others is not None
    assert stranger.match_to_others < 0.363
    assert warning_codes(stranger) == ["different_person"]
    (message,) = [w["message"] for w in stranger.quality_warnings]
    assert message == (
        "This photo may show a different person than the other photos "
        f"(match {round(stranger.match_to_others * 100)} %)."
    )
    for photo in photos:
        photo.refresh_from_db()
        assert photo.match_to_others is not None
        assert photo.match_to_others > 0.5
        assert "different_person" not in warning_codes(photo)


def test_replacing_the_other_persons_photo_clears_its_warning(user: User) -> None:
    variants = astronaut_variants()
    for order, picture in enumerate(variants[:4]):
        add(user, picture, order)
    stranger = add(user, fixture_image("camera"), 4)
    assert warning_codes(stranger) == ["different_person"]

    replaced = upload_reference_image(
        actor=user,
        reference_image_id=stranger.pk,
        image_file=upload(image_bytes(variants[4])),
    )

    assert replaced.match_to_others is not None
    assert replaced.match_to_others > 0.5
    assert warning_codes(replaced) == []


def test_deleting_a_photo_deletes_its_embedding_and_compares_the_rest_again(user: User) -> None:
    kept = add(user, astronaut_variants()[0], 0)
    stranger = add(user, fixture_image("camera"), 1)
    assert warning_codes(kept) == ["different_person"]  # two photos: each is the other's odd one
    assert ReferenceImage.objects.filter(pk=stranger.pk, face_embedding__isnull=False).exists()

    delete_reference_image(actor=user, reference_image_id=stranger.pk)

    assert not ReferenceImage.objects.filter(pk=stranger.pk).exists()
    assert list(
        ReferenceImage.objects.filter(user=user).values_list("face_embedding", flat=True)
    ) == [kept.face_embedding]
    kept.refresh_from_db()
    assert kept.match_to_others is None  # nothing left to compare with
    assert warning_codes(kept) == []


def test_a_photo_without_a_face_is_not_embedded_or_compared(user: User) -> None:
    add(user, astronaut_variants()[0], 0)
    cup = add(user, fixture_image("coffee"), 1)

    cup.refresh_from_db()
    assert cup.face_embedding is None
    assert cup.match_to_others is None
    assert "different_person" not in warning_codes(cup)


def test_where_faces_may_not_be_matched_nothing_is_embedded(
    user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("create_reference_image", "upload_reference_image"):
        module = importlib.import_module(f"apps.reference_images.functions.public.{name}")
        monkeypatch.setattr(module, "can_match_faces", lambda user: False)
    first = add(user, astronaut_variants()[0], 0)
    second = add(user, fixture_image("camera"), 1)
    upload_reference_image(
        actor=user,
        reference_image_id=second.pk,
        image_file=upload(image_bytes(fixture_image("camera"))),
    )

    for photo in (first, second):
        photo.refresh_from_db()
        assert photo.face_embedding is None
        assert photo.match_to_others is None
        assert photo.face_count == 1  # the photo itself is still checked
