from pytest_django.fixtures import Settings as SettingsWrapper

from services.faces import LikenessVerdict, likeness_verdict


def test_no_face_has_its_own_verdict() -> None:
    assert likeness_verdict(score=None) == LikenessVerdict.NO_FACE == "no_face"


def test_at_the_threshold_the_faces_are_one_person(settings: SettingsWrapper) -> None:
    settings.LIKENESS_MATCH_THRESHOLD = 0.363

    assert likeness_verdict(score=0.363) == LikenessVerdict.MATCH == "match"
    assert likeness_verdict(score=0.362) == LikenessVerdict.NO_MATCH == "no_match"
    assert likeness_verdict(score=0.0) == LikenessVerdict.NO_MATCH


def test_the_threshold_is_the_setting(settings: SettingsWrapper) -> None:
    settings.LIKENESS_MATCH_THRESHOLD = 0.5

    assert likeness_verdict(score=0.45) == LikenessVerdict.NO_MATCH
    assert likeness_verdict(score=0.5) == LikenessVerdict.MATCH


def test_a_face_near_identical_to_one_reference_photo_is_pasted(
    settings: SettingsWrapper,
) -> None:
    settings.LIKENESS_PASTED_ABOVE = 0.85

    assert likeness_verdict(score=0.6, closest=0.86) == LikenessVerdict.PASTED == "pasted"
    assert likeness_verdict(score=0.86, closest=0.85) == LikenessVerdict.MATCH
    assert likeness_verdict(score=0.2, closest=0.5) == LikenessVerdict.NO_MATCH


def test_a_poster_said_to_hold_a_reference_photo_is_pasted_whatever_its_score() -> None:
    for score in (None, 0.1, 0.9):
        assert likeness_verdict(score=score, pasted=True) == LikenessVerdict.PASTED
