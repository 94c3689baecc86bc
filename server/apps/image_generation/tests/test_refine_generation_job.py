"""Refining a poster: the API's rules, the lineage, and the conversation Gemini receives."""

import base64
import math
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.storage import default_storage
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.users.models import User
from testing.fake_gemini import FakeGeminiServer, sign

pytestmark = [pytest.mark.django_db, pytest.mark.stack]

JOBS = "/api/v1/image-generation/jobs"


@pytest.fixture
def make_poster(
    staff_client: APIClient,
    user: User,
    add_reference: Callable[[User], str],
    django_capture_on_commit_callbacks: Any,
) -> Callable[..., dict[str, Any]]:
    """A finished 1K poster of `user`, drawn by the configured provider, as the API shows it."""
    add_reference(user)
    identity = IdentityFactory(user=user, name="Night Runner")

    def make(**extra: object) -> dict[str, Any]:
        with django_capture_on_commit_callbacks(execute=True):
            [queued] = staff_client.post(
                "/api/v1/image-generation/generate/",
                {
                    "identity_id": str(identity.id),
                    "user_id": str(user.id),
                    "resolution": "1K",
                    **extra,
                },
                format="json",
            ).json()["jobs"]
        job = staff_client.get(f"{JOBS}/{queued['id']}/").json()
        assert job["status"] == "succeeded", job["error_message"]
        return job

    return make


@pytest.fixture
def refine(
    staff_client: APIClient, django_capture_on_commit_callbacks: Any
) -> Callable[..., dict[str, Any]]:
    """Refine a job through the API, let the worker run it, and return the child as shown."""

    def run(parent_id: str, instruction: str, **extra: object) -> dict[str, Any]:
        with django_capture_on_commit_callbacks(execute=True):
            response = staff_client.post(
                f"{JOBS}/{parent_id}/refine/", {"instruction": instruction, **extra}, format="json"
            )
        assert response.status_code == 202, response.content
        queued = response.json()
        assert queued["status"] == "queued"
        return staff_client.get(f"{JOBS}/{queued['id']}/").json()

    return run


def poster_bytes(job_id: str) -> bytes:
    job = GenerationJob.objects.get(pk=job_id)
    with default_storage.open(job.image.name, "rb") as poster:
        return poster.read()


def test_offline_refinement_is_a_child_job_with_a_different_poster(
    make_poster: Callable[..., dict[str, Any]],
    refine: Callable[..., dict[str, Any]],
    staff_client: APIClient,
) -> None:
    parent = make_poster(aspect_ratio="3:4")
    assert (parent["parent_id"], parent["instruction"], parent["depth"]) == (None, "", 0)

    child = refine(parent["id"], "make the background a night sky")

    assert child["status"] == "succeeded", child["error_message"]
    assert child["parent_id"] == parent["id"]
    assert child["instruction"] == "make the background a night sky"
    assert child["depth"] == 1
    assert child["identity"] == parent["identity"]
    assert child["user"] == parent["user"]
    assert (child["aspect_ratio"], child["resolution"]) == ("3:4", "1K")  # the parent's
    assert "make the background a night sky" in child["prompt"]
    assert "Keep the person exactly the same" in child["prompt"]
    assert poster_bytes(child["id"]) != poster_bytes(parent["id"])


def test_format_may_differ_from_the_parents(
    make_poster: Callable[..., dict[str, Any]], refine: Callable[..., dict[str, Any]]
) -> None:
    parent = make_poster(aspect_ratio="16:9")

    child = refine(parent["id"], "closer crop", aspect_ratio="1:1", resolution="2K")

    assert (child["aspect_ratio"], child["resolution"]) == ("1:1", "2K")
    assert (child["width"], child["height"]) == (2048, 2048)


def test_lineage_is_the_chain_from_the_first_poster_with_each_steps_children(
    make_poster: Callable[..., dict[str, Any]],
    refine: Callable[..., dict[str, Any]],
    staff_client: APIClient,
) -> None:
    root = make_poster()
    first = refine(root["id"], "warmer light")
    sibling = refine(root["id"], "plain background")
    second = refine(first["id"], "closer crop")
    make_poster()  # another poster of the same identity is not in the lineage

    response = staff_client.get(f"{JOBS}/{second['id']}/lineage/")

    assert response.status_code == 200
    chain = response.json()["chain"]
    assert [step["job"]["id"] for step in chain] == [root["id"], first["id"], second["id"]]
    assert [step["job"]["depth"] for step in chain] == [0, 1, 2]
    assert [[c["id"] for c in step["children"]] for step in chain] == [
        [first["id"], sibling["id"]],
        [second["id"]],
        [],
    ]


@pytest.mark.parametrize("status", ["queued", "running", "failed", "cancelled"])
def test_only_a_finished_poster_can_be_refined(staff_client: APIClient, status: str) -> None:
    parent = GenerationJobFactory(status=status)

    response = staff_client.post(
        f"{JOBS}/{parent.id}/refine/", {"instruction": "warmer light"}, format="json"
    )

    assert response.status_code == 409
    assert response.json()["detail"] == (
        f"Only a finished poster can be refined; this job has no poster (it is {status})."
    )
    assert GenerationJob.objects.count() == 1


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({}, "Instruction: Say how the poster should change."),
        ({"instruction": ""}, "Instruction: Say how the poster should change."),
        (
            {"instruction": "x" * 1001},
            "Instruction: Keep the instruction to at most 1000 characters.",
        ),
        ({"instruction": "ok", "resolution": "8K"}, "Resolution: Must be one of 1K, 2K, 4K."),
    ],
)
def test_bad_refinements_are_refused_in_words(
    make_poster: Callable[..., dict[str, Any]],
    staff_client: APIClient,
    body: dict[str, str],
    detail: str,
) -> None:
    parent = make_poster()

    response = staff_client.post(f"{JOBS}/{parent['id']}/refine/", body, format="json")

    assert response.status_code == 400
    assert response.json()["detail"] == detail
    assert GenerationJob.objects.count() == 1


def test_unknown_parent_is_a_404_and_non_staff_are_refused(
    staff_client: APIClient, api_client: APIClient, make_poster: Callable[..., dict[str, Any]]
) -> None:
    missing = staff_client.post(
        f"{JOBS}/00000000-0000-4000-8000-000000000000/refine/",
        {"instruction": "warmer light"},
        format="json",
    )
    parent = make_poster()
    anonymous = api_client.post(
        f"{JOBS}/{parent['id']}/refine/", {"instruction": "warmer light"}, format="json"
    )

    assert missing.status_code == 404
    assert missing.json()["detail"] == "No generation job with this id exists."
    assert anonymous.status_code in (401, 403)
    assert staff_client.get(f"{JOBS}/{parent['id']}/lineage/").json()["chain"][0]["children"] == []


def test_a_chain_of_three_refinements_sends_gemini_each_parents_signed_turn(
    fake_gemini: FakeGeminiServer,
    make_poster: Callable[..., dict[str, Any]],
    refine: Callable[..., dict[str, Any]],
) -> None:
    job = make_poster(aspect_ratio="4:5")
    (first_request,) = fake_gemini.requests
    references = [image.data for image in first_request.images]
    for depth, instruction in enumerate(["warmer light", "plain background", "closer crop"], 1):
        parent = job
        parent_turn = GenerationJob.objects.get(pk=parent["id"]).model_turn
        job = refine(parent["id"], instruction)

        assert job["status"] == "succeeded", job["error_message"]
        assert job["depth"] == depth
        assert job["provider_store"] is False
        request = fake_gemini.requests[-1]
        assert request.status == 200  # the fake checked every signature of the model turn
        assert request.store is False
        assert request.roles == ["user", "model", "user"]
        assert request.image_config == {"aspectRatio": "4:5", "imageSize": "1K"}
        contents = request.body["contents"] if request.body else []
        user_turn, model_turn, instruction_turn = contents
        assert user_turn["parts"][0]["text"] == parent["prompt"]
        assert [image.data for image in request.images] == [
            *references,  # the same prepared JPEGs
            poster_bytes(parent["id"]),  # the parent's poster, from storage, not re-encoded
        ]
        sent = [(part.get("text"), part["thoughtSignature"]) for part in model_turn["parts"]]
        assert [(text, base64.urlsafe_b64decode(s)) for text, s in sent] == [
            (part["text"], base64.b64decode(part["thought_signature"])) for part in parent_turn
        ]
        assert base64.urlsafe_b64decode(sent[-1][1]) == base64.b64decode(
            sign(poster_bytes(parent["id"]))
        )
        assert instruction in instruction_turn["parts"][0]["text"]
        assert "Keep the person exactly the same" in instruction_turn["parts"][0]["text"]
        # The longer conversation is counted: references, the parent's poster and all text.
        assert GenerationJob.objects.get(pk=job["id"]).prompt_tokens == 560 * len(
            request.images
        ) + math.ceil(len(request.prompt) / 4)
    assert len(fake_gemini.requests) == 4


def test_a_parent_without_a_kept_turn_is_edited_in_one_turn_from_its_poster(
    fake_gemini: FakeGeminiServer,
    make_poster: Callable[..., dict[str, Any]],
    refine: Callable[..., dict[str, Any]],
    settings: Any,
) -> None:
    settings.IMAGE_PROVIDER = "local"
    parent = make_poster()  # the offline poster keeps no turn
    settings.IMAGE_PROVIDER = "gemini"

    child = refine(parent["id"], "plain background")

    assert child["status"] == "succeeded", child["error_message"]
    (request,) = fake_gemini.requests
    assert request.roles == ["user"]
    assert "plain background" in request.prompt
    assert request.images[0].data == poster_bytes(parent["id"])
    assert request.images[0].mime_type == "image/jpeg"
    assert len(request.images) == 2  # the poster and the one reference


def test_a_refused_refinement_fails_with_the_providers_code(
    fake_gemini: FakeGeminiServer,
    make_poster: Callable[..., dict[str, Any]],
    refine: Callable[..., dict[str, Any]],
) -> None:
    parent = make_poster()
    fake_gemini.queue_scenarios("image_safety")

    child = refine(parent["id"], "warmer light")

    assert child["status"] == "failed"
    assert child["error_code"] == "blocked"
    assert child["parent_id"] == parent["id"]
