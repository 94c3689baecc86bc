import pytest
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.test_scenario.models import TestScenario
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_staff_lists_test_users(staff_client: APIClient, user: User) -> None:
    TestScenario.objects.create(name="Founder", description="Busy", user=user)
    TestScenario.objects.create(name="Empty scenario")

    response = staff_client.get("/api/v1/test-users/")

    assert response.status_code == 200
    assert response.json() == [
        {
            "user_id": str(user.id),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "scenario_id": TestScenario.objects.get(name="Founder").id,
            "scenario_name": "Founder",
            "scenario_description": "Busy",
        }
    ]


def test_staff_reads_a_test_users_identities(staff_client: APIClient, user: User) -> None:
    TestScenario.objects.create(name="Founder", user=user)
    identity = IdentityFactory(user=user)
    IdentityFactory()

    response = staff_client.get(f"/api/v1/test-users/{user.id}/identities/")

    assert response.status_code == 200
    assert [item["id"] for item in response.json()] == [str(identity.id)]


def test_a_user_who_is_not_a_test_user_is_404(staff_client: APIClient, user: User) -> None:
    response = staff_client.get(f"/api/v1/test-users/{user.id}/identities/")

    assert response.status_code == 404
    assert response.json()["detail"] == "No test user with this id exists."
