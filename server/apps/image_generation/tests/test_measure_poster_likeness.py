"""The likeness of every stored poster to the reference photos that were sent."""

import importlib
from collections.abc import Callable

import pytest
from PIL import Image, PngImagePlugin
from pytest_django.fixtures import Settings as SettingsWrapper
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.functions.system import run_generation_job
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.privacy.models import ConsentChange
from apps.privacy.tests.factories import ConsentStepFactory
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from testing import fixture_image
from testing.fake_gemini import FakeGeminiServer

pytestmark = pytest.mark.django_db


@pytest.fixture
def job_of(user: User) -> Callable[..., GenerationJob]:
    """A queued job for `user` that sends the given reference photos."""

    def make(references: list[ReferenceImage], **fields: object) -> GenerationJob:
        return GenerationJobFactory(
            identity=IdentityFactory(user=user, name="Astronaut"),
            reference_image_ids=[str(reference.pk) for reference in references],
            **fields,
        )

    return make


@pytest.fixture
def astronaut(user: User) -> ReferenceImage:
    return ReferenceImageFactory(user=user, image_file=photo_upload("astronaut"))


def ran(job: GenerationJob) -> GenerationJob:
    run_generation_job(job_id=job.pk)
    job.refresh_from_db()
    assert job.status == GenerationJob.Status.SUCCEEDED, job.error_message
    return job


def gemini_job(
    job_of: Callable[..., GenerationJob], references: list[ReferenceImage]
) -> GenerationJob:
    return job_of(references, provider="gemini", model="gemini-3-pro-image")


def on_a_poster(picture: Image.Image) -> Image.Image:
    """A poster-shaped picture with `picture` small in it, as a face is in a poster."""
    poster = Image.new("RGB", (1376, 768), (30, 40, 60))
    poster.paste(picture.convert("RGB").resize((360, 360)), (200, 300))
    return poster


def test_an_offline_poster_of_the_astronaut_looks_like_her(
    job_of: Callable[..., GenerationJob], astronaut: ReferenceImage
) -> None:
    job = ran(job_of([astronaut], resolution="2K"))

    assert job.likeness_verdict == "match"
    assert job.likeness_score is not None
    assert job.likeness_score >= 0.6
    assert job.likeness_faces == 1
    assert job.likeness_scored_at is not None
    assert job.likeness_unscored == ""


def test_a_gemini_poster_of_another_person_does_not_match(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.answer_picture = on_a_poster(fixture_image("camera"))

    job = ran(gemini_job(job_of, [astronaut]))

    assert job.likeness_verdict == "no_match"
    assert job.likeness_score is not None
    assert job.likeness_score < 0.363
    assert job.likeness_faces == 1


def test_the_best_of_two_faces_counts(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    fake_gemini: FakeGeminiServer,
) -> None:
    poster = on_a_poster(fixture_image("camera"))
    poster.paste(fixture_image("astronaut").convert("RGB").resize((360, 360)), (800, 300))
    fake_gemini.answer_picture = poster

    job = ran(gemini_job(job_of, [astronaut]))

    assert job.likeness_faces == 2
    assert job.likeness_verdict == "match"


def test_a_gemini_poster_of_a_coffee_cup_has_no_face(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    fake_gemini: FakeGeminiServer,
) -> None:
    fake_gemini.answer_picture = fixture_image("coffee")

    job = ran(gemini_job(job_of, [astronaut]))

    assert (job.likeness_verdict, job.likeness_score, job.likeness_faces) == ("no_face", None, 0)


def test_a_scorer_failure_leaves_the_job_succeeded_without_likeness(
    job_of: Callable[..., GenerationJob], astronaut: ReferenceImage
) -> None:
    three_values = b"\x00\x00\x80\x3f" * 3  # not the 128 an embedding has
    ReferenceImage.objects.filter(pk=astronaut.pk).update(face_embedding=three_values)

    job = ran(job_of([astronaut]))

    assert job.image
    assert (job.likeness_verdict, job.likeness_score) == ("", None)
    assert job.likeness_unscored == "scorer_failed"


def test_references_without_a_face_give_no_likeness(
    job_of: Callable[..., GenerationJob], user: User
) -> None:
    faceless = ReferenceImageFactory(user=user)  # a plain colour, no face

    job = ran(job_of([faceless]))

    assert (job.likeness_verdict, job.likeness_unscored) == ("", "no_reference_faces")


def test_where_faces_may_not_be_matched_the_poster_is_not_scored(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    monkeypatch: pytest.MonkeyPatch,
    staff_client: APIClient,
) -> None:
    module = importlib.import_module(
        "apps.image_generation.functions.system.measure_poster_likeness"
    )
    monkeypatch.setattr(module, "can_match_faces", lambda user: False)

    job = ran(job_of([astronaut]))

    assert (job.likeness_verdict, job.likeness_faces) == ("", None)
    body = staff_client.get(f"/api/v1/image-generation/jobs/{job.pk}/").json()
    assert body["likeness"] is None
    assert body["likeness_unavailable_reason"] == (
        "Face matching is off for this person, so nothing was compared."
    )


def test_face_matching_withdrawn_while_the_poster_is_scored_stores_no_score(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    user: User,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module = importlib.import_module(
        "apps.image_generation.functions.system.measure_poster_likeness"
    )
    score = module.score_poster_likeness

    def withdrawn_while_scoring(**kwargs: object) -> object:
        likeness = score(**kwargs)
        ConsentStepFactory(user=user, change=ConsentChange.WITHDRAW, face_matching=False)
        return likeness

    monkeypatch.setattr(module, "score_poster_likeness", withdrawn_while_scoring)

    job = ran(job_of([astronaut]))

    assert (job.likeness_score, job.likeness_verdict, job.likeness_faces) == (None, "", None)
    assert job.likeness_scored_at is None
    assert job.likeness_unscored == "face_matching_off"


def test_the_api_shows_the_likeness_and_filters_by_it(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    fake_gemini: FakeGeminiServer,
    settings: SettingsWrapper,
    staff_client: APIClient,
) -> None:
    settings.IMAGE_PROVIDER = "local"
    matching = ran(job_of([astronaut]))
    fake_gemini.answer_picture = fixture_image("coffee")
    settings.IMAGE_PROVIDER = "gemini"
    faceless = ran(gemini_job(job_of, [astronaut]))
    queued = job_of([astronaut])

    body = staff_client.get(f"/api/v1/image-generation/jobs/{matching.pk}/").json()
    assert body["likeness"] == {
        "score": pytest.approx(matching.likeness_score),
        "verdict": "match",
        "faces": 1,
        "scored_at": body["likeness"]["scored_at"],
    }
    assert body["likeness_unavailable_reason"] is None
    assert staff_client.get(f"/api/v1/image-generation/jobs/{queued.pk}/").json()[
        "likeness_unavailable_reason"
    ] == ("The likeness is measured once the poster is stored.")

    def listed(verdict: str) -> list[str]:
        response = staff_client.get(f"/api/v1/image-generation/jobs/?likeness={verdict}")
        assert response.status_code == 200
        return [job["id"] for job in response.json()["results"]]

    assert listed("match") == [str(matching.pk)]
    assert listed("no_face") == [str(faceless.pk)]
    assert listed("no_match") == []
    refused = staff_client.get("/api/v1/image-generation/jobs/?likeness=maybe")
    assert refused.status_code == 400
    assert "likeness" in refused.json()["fields"]


def test_a_png_poster_is_decoded_once_for_its_likeness_and_its_renditions(
    job_of: Callable[..., GenerationJob],
    astronaut: ReferenceImage,
    fake_gemini: FakeGeminiServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_gemini.answer_picture = on_a_poster(fixture_image("astronaut"))
    decoded: list[tuple[int, int]] = []
    load = PngImagePlugin.PngImageFile.load

    def counted_load(self: PngImagePlugin.PngImageFile) -> object:
        if self.size == (1376, 768) and self._im is None:  # the poster, not yet decoded
            decoded.append(self.size)
        return load(self)

    monkeypatch.setattr(PngImagePlugin.PngImageFile, "load", counted_load)

    job = ran(gemini_job(job_of, [astronaut]))

    assert job.likeness_verdict == "match"
    assert decoded == [(1376, 768)]
