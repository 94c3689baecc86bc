"""Hostile JSON bodies: wrong types, missing fields, huge strings, unknown or malformed ids.

Every one is a 4xx with a sentence, never a 500, and nothing is created or changed.
"""

import re

import pytest
from django.urls import resolve
from drf_spectacular.generators import SchemaGenerator
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.test_scenario.models import TestScenario
from apps.users.models import User

GENERATE = "/api/v1/image-generation/generate/"
UNKNOWN = "00000000-0000-4000-8000-000000000000"
LONG = "p" * 10_000
DEEPLY_NESTED = b"[" * 100_000 + b"]" * 100_000


def _json_operations() -> list[tuple[str, str]]:
    """(method, path) of every API operation whose view reads a JSON body, from the schema."""
    schema = SchemaGenerator().get_schema(request=None, public=True)
    operations = []
    for template, methods in schema["paths"].items():
        path = re.sub(r"\{\w+\}", UNKNOWN, template)
        match = resolve(path)
        view = match.func.cls(**match.func.initkwargs)
        reads_json = any(parser.media_type == "application/json" for parser in view.get_parsers())
        for method, operation in methods.items():
            if method in {"post", "put", "patch"} and reads_json and "requestBody" in operation:
                operations.append((method, path))
    return operations


JSON_OPERATIONS = _json_operations()


def assert_sentence(response, statuses: tuple[int, ...] = (400,)) -> None:
    assert response.status_code in statuses, (response.status_code, response.content[:500])
    body = response.json()
    assert isinstance(body["detail"], str)
    assert body["detail"].strip()
    assert isinstance(body["code"], str)
    assert body["code"]


@pytest.fixture
def generation_target(user: User) -> dict[str, str]:
    TestScenario.objects.create(name="Scenario", user=user)  # whom posters may be made of
    identity = IdentityFactory(user=user)
    ReferenceImageFactory(user=user)
    return {"identity_id": str(identity.pk), "user_id": str(user.pk)}


GENERATE_BODIES = [
    ("empty-object", lambda ok: {}, (400,)),
    ("missing-user-id", lambda ok: {"identity_id": ok["identity_id"]}, (400,)),
    ("missing-identity-id", lambda ok: {"user_id": ok["user_id"]}, (400,)),
    ("identity-id-null", lambda ok: {**ok, "identity_id": None}, (400,)),
    ("identity-id-malformed", lambda ok: {**ok, "identity_id": "not-a-uuid"}, (400,)),
    # DRF reads an integer as UUID(int=...): a well-formed id that matches nothing.
    ("identity-id-number", lambda ok: {**ok, "identity_id": 12345}, (404,)),
    ("identity-id-array", lambda ok: {**ok, "identity_id": [ok["identity_id"]]}, (400,)),
    ("identity-id-object", lambda ok: {**ok, "identity_id": {"id": ok["identity_id"]}}, (400,)),
    ("identity-id-unknown", lambda ok: {**ok, "identity_id": UNKNOWN}, (404,)),
    ("user-id-unknown", lambda ok: {**ok, "user_id": UNKNOWN}, (404,)),
    ("user-id-sql", lambda ok: {**ok, "user_id": "1' OR '1'='1"}, (400,)),
    ("prompt-10-kb", lambda ok: {**ok, "additional_prompt": LONG}, (400,)),
    ("prompt-array", lambda ok: {**ok, "additional_prompt": ["a", "b"]}, (400,)),
    ("prompt-object", lambda ok: {**ok, "additional_prompt": {"a": 1}}, (400,)),
    ("prompt-null", lambda ok: {**ok, "additional_prompt": None}, (400,)),
    ("aspect-ratio-unknown", lambda ok: {**ok, "aspect_ratio": "7:3"}, (400,)),
    ("aspect-ratio-array", lambda ok: {**ok, "aspect_ratio": ["1:1"]}, (400,)),
    ("aspect-ratio-too-long", lambda ok: {**ok, "aspect_ratio": "1:1" * 100}, (400,)),
    ("resolution-unknown", lambda ok: {**ok, "resolution": "8K"}, (400,)),
    ("resolution-number", lambda ok: {**ok, "resolution": 4096}, (400,)),
    ("save-to-identity-string", lambda ok: {**ok, "save_to_identity": "perhaps"}, (400,)),
    ("save-to-identity-object", lambda ok: {**ok, "save_to_identity": {}}, (400,)),
]


@pytest.mark.parametrize(
    ("make_body", "statuses"),
    [case[1:] for case in GENERATE_BODIES],
    ids=[case[0] for case in GENERATE_BODIES],
)
def test_hostile_generate_body_is_refused_and_creates_no_job(
    staff_client: APIClient, generation_target: dict[str, str], make_body, statuses
) -> None:
    response = staff_client.post(GENERATE, make_body(generation_target), format="json")

    assert_sentence(response, statuses)
    assert not GenerationJob.objects.exists()


@pytest.mark.parametrize(
    "raw",
    [b"{", b"[]", b"null", b'"a string"', b"\xff\xfe\x00", b'{"identity_id": NaN}'],
    ids=["truncated-json", "array", "null", "string", "not-utf8", "nan"],
)
def test_malformed_generate_json_is_a_400(staff_client: APIClient, raw: bytes) -> None:
    response = staff_client.post(GENERATE, raw, content_type="application/json")

    assert_sentence(response)
    assert not GenerationJob.objects.exists()


def test_every_json_endpoint_is_listed() -> None:
    """The list the next test runs over is the schema's, not empty or stale."""
    paths = {path for _, path in JSON_OPERATIONS}
    assert {"/api/v1/auth/login/", GENERATE, "/api/v1/identities/"} <= paths
    assert f"/api/v1/reference-images/{UNKNOWN}/" in paths


@pytest.mark.parametrize(
    ("method", "path"), JSON_OPERATIONS, ids=[f"{m} {p}" for m, p in JSON_OPERATIONS]
)
def test_deeply_nested_json_is_a_400_on_every_json_endpoint(
    staff_client: APIClient, method: str, path: str
) -> None:
    response = getattr(staff_client, method)(path, DEEPLY_NESTED, content_type="application/json")

    assert_sentence(response)
    assert response.json()["code"] == "json_too_deep"
    assert not GenerationJob.objects.exists()


@pytest.mark.parametrize("depth", [33, 900, 5000])
def test_json_nested_past_the_limit_is_a_400_however_deep(
    staff_client: APIClient, depth: int
) -> None:
    body = b'{"identity_id": ' + b"[" * depth + b"]" * depth + b"}"

    response = staff_client.post(GENERATE, body, content_type="application/json")

    assert_sentence(response)
    assert response.json()["code"] == "json_too_deep"


def test_json_nested_within_the_limit_is_read(staff_client: APIClient) -> None:
    body = b'{"identity_id": ' + b"[" * 30 + b"]" * 30 + b"}"

    response = staff_client.post(GENERATE, body, content_type="application/json")

    assert_sentence(response)
    assert response.json()["code"] != "json_too_deep"  # read: the field is refused, not the body


def test_generate_with_another_users_identity_is_a_400(
    staff_client: APIClient, generation_target: dict[str, str], other_user: User
) -> None:
    TestScenario.objects.create(name="Another", user=other_user)
    body = {**generation_target, "user_id": str(other_user.pk)}

    assert_sentence(staff_client.post(GENERATE, body, format="json"))
    assert not GenerationJob.objects.exists()


def test_generate_for_a_user_without_photos_is_a_400(
    staff_client: APIClient, other_user: User
) -> None:
    TestScenario.objects.create(name="Another", user=other_user)
    identity = IdentityFactory(user=other_user)
    body = {"identity_id": str(identity.pk), "user_id": str(other_user.pk)}

    assert_sentence(staff_client.post(GENERATE, body, format="json"))
    assert not GenerationJob.objects.exists()


# --- PATCH /identities/{id}/ ---------------------------------------------------------------

IDENTITY_PATCHES = [
    ("name-null", {"name": None}),
    ("name-empty", {"name": ""}),
    ("name-array", {"name": ["a"]}),
    ("name-object", {"name": {"first": "a"}}),
    ("name-too-long", {"name": "n" * 256}),
    ("statement-10-kb", {"i_am_statement": LONG}),
    ("category-number-array", {"category": [1, 2]}),
    ("order-negative", {"order": -1}),
    ("order-string", {"order": "first"}),
    ("order-too-big", {"order": 40000}),
    ("order-null", {"order": None}),
]


@pytest.mark.parametrize(
    "body", [case[1] for case in IDENTITY_PATCHES], ids=[case[0] for case in IDENTITY_PATCHES]
)
def test_hostile_identity_patch_is_refused_and_changes_nothing(
    user_client: APIClient, user: User, body: dict
) -> None:
    identity = IdentityFactory(user=user)
    before = Identity.objects.values().get(pk=identity.pk)

    assert_sentence(user_client.patch(f"/api/v1/identities/{identity.pk}/", body, format="json"))
    assert Identity.objects.values().get(pk=identity.pk) == before


@pytest.mark.stack
@pytest.mark.parametrize("pk", [UNKNOWN, "not-a-uuid", "../../etc", "1"])
def test_identity_patch_on_unknown_or_malformed_id_is_a_404(user_client: APIClient, pk) -> None:
    response = user_client.patch(f"/api/v1/identities/{pk}/", {"name": "x"}, format="json")

    assert_sentence(response, (404,))


# --- PATCH /reference-images/{id}/ -----------------------------------------------------------

REFERENCE_PATCHES = [
    ("order-minus-one", {"order": -1}),
    ("order-five", {"order": 5}),
    ("order-letter", {"order": "x"}),
    ("order-null", {"order": None}),
    ("order-empty", {"order": ""}),
    ("order-array", {"order": [1]}),
    ("order-float", {"order": 1.5}),
    ("order-bool-object", {"order": {"value": True}}),
    ("name-null", {"name": None}),
    ("name-10-kb", {"name": LONG}),
    ("name-array", {"name": ["a"]}),
]


@pytest.mark.parametrize(
    "body", [case[1] for case in REFERENCE_PATCHES], ids=[case[0] for case in REFERENCE_PATCHES]
)
def test_hostile_reference_patch_is_refused_and_changes_nothing(
    user_client: APIClient, user: User, body: dict
) -> None:
    reference = ReferenceImageFactory(user=user, order=2, name="Kept")

    response = user_client.patch(f"/api/v1/reference-images/{reference.pk}/", body, format="json")

    assert_sentence(response)
    reference.refresh_from_db()
    assert (reference.order, reference.name) == (2, "Kept")
    assert ReferenceImage.objects.count() == 1


@pytest.mark.parametrize("pk", [UNKNOWN, "not-a-uuid", "%00", "1"])
def test_reference_patch_on_unknown_or_malformed_id_is_a_404(user_client: APIClient, pk) -> None:
    response = user_client.patch(f"/api/v1/reference-images/{pk}/", {"name": "x"}, format="json")

    assert_sentence(response, (404,))
