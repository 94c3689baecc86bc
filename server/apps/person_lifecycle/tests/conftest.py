import pytest
from rest_framework.test import APIClient

from apps.privacy.tests.factories import PersonConsentFactory
from apps.users.models import User
from apps.users.tests.factories import UserFactory


@pytest.fixture
def superuser(db: None) -> User:
    person = UserFactory(is_staff=True, is_superuser=True)
    PersonConsentFactory(user=person)
    return person


@pytest.fixture
def superuser_client(superuser: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(superuser)
    return client
