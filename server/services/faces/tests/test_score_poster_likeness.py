from collections.abc import Callable

import numpy as np
from PIL import Image
from pytest_django.fixtures import Settings as SettingsWrapper

from services.faces import (
    LikenessVerdict,
    detect_faces,
    embed_faces,
    likeness_decode_size,
    score_poster_likeness,
)

from .conftest import on_a_poster, redrawn


def references_of(image: Image.Image) -> list[np.ndarray]:
    faces = detect_faces(image=image)
    return embed_faces(image=image, faces=faces[:1])


def test_a_poster_of_the_person_drawn_anew_matches(
    picture: Callable[[str], Image.Image],
) -> None:
    references = references_of(picture("astronaut"))

    likeness = score_poster_likeness(
        poster=on_a_poster(redrawn(picture("astronaut"))), references=references
    )

    assert likeness.verdict == LikenessVerdict.MATCH
    assert likeness.score is not None
    assert 0.45 <= likeness.score <= 0.75
    assert likeness.closest == likeness.score  # one reference: its mean is itself
    assert likeness.faces == 1


def test_a_poster_holding_a_reference_photo_itself_is_pasted(
    picture: Callable[[str], Image.Image], settings: SettingsWrapper
) -> None:
    references = [*references_of(picture("camera")), *references_of(picture("astronaut"))]

    likeness = score_poster_likeness(
        poster=on_a_poster(picture("astronaut")), references=references
    )

    assert likeness.verdict == LikenessVerdict.PASTED
    assert likeness.closest is not None
    assert likeness.closest > settings.LIKENESS_PASTED_ABOVE
    # Against the mean of two people it would read as no match; one photo is enough.
    assert likeness.score is not None
    assert likeness.score < likeness.closest


def test_a_poster_its_provider_says_is_pasted_is_pasted_whatever_its_faces(
    picture: Callable[[str], Image.Image],
) -> None:
    references = references_of(picture("astronaut"))

    for poster in (on_a_poster(redrawn(picture("astronaut"))), picture("coffee")):
        likeness = score_poster_likeness(poster=poster, references=references, pasted=True)
        assert likeness.verdict == LikenessVerdict.PASTED


def test_a_poster_of_another_person_does_not_match(
    picture: Callable[[str], Image.Image],
) -> None:
    likeness = score_poster_likeness(
        poster=on_a_poster(picture("camera")), references=references_of(picture("astronaut"))
    )

    assert likeness.verdict == LikenessVerdict.NO_MATCH
    assert likeness.score is not None
    assert likeness.score < 0.363
    assert likeness.faces == 1


def test_the_best_of_two_faces_counts(picture: Callable[[str], Image.Image]) -> None:
    poster = on_a_poster(picture("camera"), redrawn(picture("astronaut")))

    likeness = score_poster_likeness(poster=poster, references=references_of(picture("astronaut")))

    assert (likeness.verdict, likeness.faces) == (LikenessVerdict.MATCH, 2)


def test_a_poster_without_a_face_has_no_score(picture: Callable[[str], Image.Image]) -> None:
    likeness = score_poster_likeness(
        poster=picture("coffee"), references=references_of(picture("astronaut"))
    )

    assert (likeness.verdict, likeness.score, likeness.faces) == (LikenessVerdict.NO_FACE, None, 0)


def test_the_poster_is_left_as_it_is(picture: Callable[[str], Image.Image]) -> None:
    poster = on_a_poster(picture("astronaut"))
    before = poster.tobytes()

    score_poster_likeness(poster=poster, references=references_of(picture("astronaut")))

    assert (poster.size, poster.tobytes()) == ((1376, 768), before)


def test_a_large_poster_may_be_decoded_smaller_and_a_small_one_whole() -> None:
    # The smallest face searched for is 5 % of the height; it must stay 64 px tall.
    assert likeness_decode_size(5504, 3072) == (2294, 1280)
    assert likeness_decode_size(1376, 768) == (1376, 768)
