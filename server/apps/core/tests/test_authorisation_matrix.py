"""Every API route x {anonymous, owner, another user, staff}.

The routes come from the URL configuration, so a new endpoint fails
`test_every_api_route_has_expectations` until its row is written here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from drf_spectacular.generators import EndpointEnumerator
from rest_framework.test import APIClient

from apps.identities.models import IdentityImageVersion
from apps.identities.tests.factories import (
    IdentityFactory,
    IdentityImageVersionFactory,
    png_upload,
)
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.privacy.tests.factories import PersonConsentFactory
from apps.privacy.utils import PRIVACY_NOTICE_VERSION
from apps.reference_images.tests.factories import ReferenceImageFactory, plain_upload
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory

ROLES = ("anonymous", "owner", "other", "staff")


@dataclass(frozen=True)
class Row:
    method: str
    path: str
    expected: tuple[int, int, int, int]  # in the order of ROLES
    body: Callable[[], dict[str, Any]] | None = None  # a fresh body per request
    multipart: bool = False
    obj: str = "identity"  # which of the owner's objects {pk} names


DENIED = 403  # session authentication answers 403 to anonymous requests

MATRIX = [
    Row("GET", "/api/v1/auth/csrf/", (200, 200, 200, 200)),
    Row("POST", "/api/v1/auth/login/", (400, 400, 400, 400), dict),
    Row("POST", "/api/v1/auth/logout/", (204, 204, 204, 204)),
    Row("GET", "/api/v1/auth/session/", (200, 200, 200, 200)),
    Row("GET", "/api/v1/users/me/", (DENIED, 200, 200, 200)),
    Row("GET", "/api/v1/users/me/identities/", (DENIED, 200, 200, 200)),
    Row("GET", "/api/v1/identities/", (DENIED, 200, 200, 200)),
    Row("POST", "/api/v1/identities/", (DENIED, 201, 201, 201), lambda: {"name": "New"}),
    Row("GET", "/api/v1/identities/{pk}/", (DENIED, 200, 404, 200)),
    Row("PATCH", "/api/v1/identities/{pk}/", (DENIED, 200, 404, 200), lambda: {"name": "Renamed"}),
    Row("DELETE", "/api/v1/identities/{pk}/", (DENIED, 204, 404, 204)),
    Row(
        "PATCH",
        "/api/v1/identities/{pk}/upload-image/",
        (DENIED, 200, 404, 200),
        lambda: {"image": png_upload()},
        multipart=True,
    ),
    Row("DELETE", "/api/v1/identities/{pk}/delete-image/", (DENIED, 200, 404, 200)),
    Row("GET", "/api/v1/identities/{pk}/versions/", (DENIED, 200, 404, 200)),
    Row(
        "POST",
        "/api/v1/identities/{pk}/versions/{version_id}/restore/",
        (DENIED, 200, 404, 200),
        obj="version",
    ),
    Row(
        "DELETE",
        "/api/v1/identities/{pk}/versions/{version_id}/",
        (DENIED, 204, 404, 204),
        obj="version",
    ),
    Row("GET", "/api/v1/reference-images/", (DENIED, 200, 200, 200)),
    Row(
        "POST",
        "/api/v1/reference-images/",
        (DENIED, 201, 201, 201),
        lambda: {"image": plain_upload((400, 400))},
        multipart=True,
    ),
    Row("GET", "/api/v1/reference-images/{pk}/", (DENIED, 200, 404, 200), obj="reference"),
    Row(
        "PATCH",
        "/api/v1/reference-images/{pk}/",
        (DENIED, 200, 404, 200),
        lambda: {"name": "Side"},
        obj="reference",
    ),
    Row("DELETE", "/api/v1/reference-images/{pk}/", (DENIED, 204, 404, 204), obj="reference"),
    Row(
        "POST",
        "/api/v1/reference-images/{pk}/upload-image/",
        (DENIED, 200, 404, 200),
        lambda: {"image": plain_upload((400, 400))},
        multipart=True,
        obj="reference",
    ),
    Row("GET", "/api/v1/image-generation/users/", (DENIED, DENIED, DENIED, 200)),
    Row("GET", "/api/v1/image-generation/options/", (DENIED, DENIED, DENIED, 200)),
    Row("POST", "/api/v1/image-generation/generate/", (DENIED, DENIED, DENIED, 400), dict),
    Row("GET", "/api/v1/image-generation/jobs/", (DENIED, DENIED, DENIED, 200)),
    Row("GET", "/api/v1/image-generation/jobs/{pk}/", (DENIED, DENIED, DENIED, 200), obj="job"),
    Row(
        "POST",
        "/api/v1/image-generation/jobs/{pk}/save-to-identity/",
        (DENIED, DENIED, DENIED, 409),  # a queued job has nothing to save yet
        obj="job",
    ),
    Row(
        "POST",
        "/api/v1/image-generation/jobs/{pk}/cancel/",
        (DENIED, DENIED, DENIED, 200),
        obj="job",
    ),
    Row(
        "POST", "/api/v1/image-generation/jobs/{pk}/star/", (DENIED, DENIED, DENIED, 200), obj="job"
    ),
    Row(
        "DELETE",
        "/api/v1/image-generation/jobs/{pk}/star/",
        (DENIED, DENIED, DENIED, 200),
        obj="job",
    ),
    Row(
        "POST",
        "/api/v1/image-generation/jobs/{pk}/refine/",
        (DENIED, DENIED, DENIED, 409),  # a queued job has no poster to refine yet
        lambda: {"instruction": "warmer light"},
        obj="job",
    ),
    Row(
        "GET",
        "/api/v1/image-generation/jobs/{pk}/lineage/",
        (DENIED, DENIED, DENIED, 200),
        obj="job",
    ),
    Row(
        "GET",
        "/api/v1/image-generation/jobs/{pk}/download/",
        (DENIED, DENIED, DENIED, 404),  # a queued job has no poster to download yet
        obj="job",
    ),
    Row("GET", "/api/v1/users/{pk}/consent/", (DENIED, 200, DENIED, 200), obj="person"),
    Row(
        "POST",
        "/api/v1/users/{pk}/consent/",
        (DENIED, 201, DENIED, 201),
        lambda: {
            "notice_version": PRIVACY_NOTICE_VERSION,
            "send_to_provider": True,
            "face_matching": False,
            "note": "Paper form in HR file 2026-12",
        },
        obj="person",
    ),
    Row(
        "POST",
        "/api/v1/users/{pk}/consent/withdraw/",
        (DENIED, 200, DENIED, 200),
        lambda: {"scopes": ["face_matching"]},
        obj="person",
    ),
    Row(
        "POST",
        "/api/v1/users/{pk}/erase/",
        (DENIED, 400, DENIED, 400),  # themself or staff; the e-mail does not confirm who
        lambda: {"email": "someone.else@example.com"},
        obj="person",
    ),
    Row("GET", "/api/v1/users/{pk}/export/", (DENIED, 200, DENIED, 200), obj="person"),
    Row("GET", "/api/v1/users/{pk}/consent-links/", (DENIED, DENIED, DENIED, 200), obj="person"),
    Row("POST", "/api/v1/users/{pk}/consent-links/", (DENIED, DENIED, DENIED, 201), obj="person"),
    Row(
        "POST",
        "/api/v1/users/{pk}/consent-links/revoke/",
        (DENIED, DENIED, DENIED, 200),
        obj="person",
    ),
    # Needs no account: the token is the authority (an unknown one is a 404 for everyone).
    Row("GET", "/api/v1/consent/{token}/", (404, 404, 404, 404)),
    Row("POST", "/api/v1/consent/{token}/", (404, 404, 404, 404), dict),
    Row("POST", "/api/v1/consent/{token}/withdraw/", (404, 404, 404, 404), dict),
    Row("GET", "/api/v1/privacy/notice/", (DENIED, 200, 200, 200)),
    Row("GET", "/api/v1/audit/", (DENIED, DENIED, DENIED, 200)),
    Row("GET", "/api/v1/test-users/", (DENIED, DENIED, DENIED, 200)),
    Row("GET", "/api/v1/test-users/{user_id}/identities/", (DENIED, DENIED, DENIED, 200)),
]


def api_routes() -> set[tuple[str, str]]:
    endpoints = EndpointEnumerator().get_api_endpoints()
    return {
        (method, path) for path, _regex, method, _view in endpoints if path.startswith("/api/v1/")
    }


def test_every_api_route_has_expectations() -> None:
    assert api_routes() == {(row.method, row.path) for row in MATRIX}


@pytest.mark.django_db
@pytest.mark.parametrize("row", MATRIX, ids=lambda row: f"{row.method} {row.path}")
@pytest.mark.parametrize("role", ROLES)
def test_route_answers_each_role(row: Row, role: str) -> None:
    owner = UserFactory()
    TestScenario.objects.create(name="Scenario", user=owner)
    people = {"owner": owner, "other": UserFactory(), "staff": UserFactory(is_staff=True)}
    for person in people.values():  # consent is not what this matrix is about
        PersonConsentFactory(user=person)
    # Only the object the row's path names (a reference photo costs an upload's work).
    make = {
        "identity": lambda: IdentityFactory(user=owner),
        "reference": lambda: ReferenceImageFactory(user=owner, order=4),
        "job": lambda: GenerationJobFactory(identity=IdentityFactory(user=owner)),
        "version": lambda: IdentityImageVersionFactory(identity=IdentityFactory(user=owner)),
        "person": lambda: owner,
    }
    actors: dict[str, User | None] = {"anonymous": None, **people}
    client = APIClient()
    if actors[role] is not None:
        client.force_authenticate(actors[role])
    made = make[row.obj]() if "{pk}" in row.path else None
    # A version's route names its identity as {pk}.
    pk = made.identity_id if isinstance(made, IdentityImageVersion) else getattr(made, "pk", None)
    path = row.path.format(
        pk=pk, user_id=owner.id, version_id=getattr(made, "pk", None), token="no-such-token"
    )

    body = row.body() if row.body else None
    send = getattr(client, row.method.lower())
    response = send(path, body, format="multipart" if row.multipart else "json")

    assert response.status_code == row.expected[ROLES.index(role)], response.content
    if response.status_code >= 400:
        assert set(response.json()) >= {"detail", "code"}
