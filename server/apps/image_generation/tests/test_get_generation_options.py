"""The options serve the page the rules it would otherwise copy: how many posters one generate
may ask for, and which statuses are final."""

import pytest
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.users.models import User

pytestmark = pytest.mark.django_db

OPTIONS = "/api/v1/image-generation/options/"


def test_the_served_candidate_limit_is_the_one_generate_enforces(
    staff_client: APIClient, user: User
) -> None:
    limit = staff_client.get(OPTIONS).json()["max_candidates"]
    identity = IdentityFactory(user=user)
    body = {"identity_id": str(identity.id), "user_id": str(user.id), "count": limit + 1}

    response = staff_client.post("/api/v1/image-generation/generate/", body, format="json")

    assert limit == 4
    assert response.status_code == 400
    refusal = f"Ask for between 1 and {limit} posters at a time."
    assert response.json()["fields"]["count"] == [refusal]


def test_the_served_finished_statuses_are_those_a_job_never_leaves(
    staff_client: APIClient,
) -> None:
    finished = staff_client.get(OPTIONS).json()["finished_statuses"]

    assert finished == ["succeeded", "failed", "cancelled"]
    assert {s for s, moves in GenerationJob.TRANSITIONS.items() if not moves} == set(finished)
