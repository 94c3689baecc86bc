import pytest
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_me_describes_the_signed_in_user(user_client: APIClient, user: User) -> None:
    response = user_client.get("/api/v1/users/me/")

    assert response.json() == {
        "id": str(user.id),
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "full_name": f"{user.first_name} {user.last_name}",
        "is_staff": False,
    }


def test_my_identities_are_mine_only_in_their_order(user_client: APIClient, user: User) -> None:
    second = IdentityFactory(user=user, order=1)
    first = IdentityFactory(user=user, order=0)
    IdentityFactory()

    response = user_client.get("/api/v1/users/me/identities/")

    assert [item["id"] for item in response.json()] == [str(first.id), str(second.id)]
