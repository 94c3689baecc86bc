import pytest
from django.db import OperationalError
from rest_framework.test import APIClient

from apps.identities.views import IdentityViewSet
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_database_outage_is_a_503_with_a_sentence(
    user_client: APIClient, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unreachable(self: IdentityViewSet) -> None:
        raise OperationalError("connection refused")

    monkeypatch.setattr(IdentityViewSet, "get_queryset", unreachable)

    response = user_client.get("/api/v1/identities/")

    assert response.status_code == 503
    assert response.json() == {
        "detail": "The database cannot be reached right now. Please try again shortly.",
        "code": "database_unavailable",
    }
    assert response["Retry-After"] == "5"
