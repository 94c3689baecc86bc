"""Fixtures shared by every app's tests."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.test import override_settings
from rest_framework.test import APIClient

from apps.users.models import User
from apps.users.tests.factories import UserFactory


@pytest.fixture(autouse=True)
def media_storage(tmp_path: Path) -> Iterator[Path]:
    """Each test stores files in its own empty folder (or its own S3 bucket, when configured)."""
    media_root = tmp_path / "media"
    media_root.mkdir()
    default = settings.STORAGES["default"]
    if default["BACKEND"].endswith("SignedFileSystemStorage"):
        storages = {
            **settings.STORAGES,
            "default": {**default, "OPTIONS": {**default["OPTIONS"], "location": media_root}},
        }
        with override_settings(STORAGES=storages, MEDIA_ROOT=media_root):
            yield media_root
    else:
        yield media_root


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def user(db: None) -> User:
    return UserFactory()


@pytest.fixture
def other_user(db: None) -> User:
    return UserFactory()


@pytest.fixture
def staff_user(db: None) -> User:
    return UserFactory(is_staff=True)


@pytest.fixture
def user_client(user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(user)
    return client


@pytest.fixture
def staff_client(staff_user: User) -> APIClient:
    client = APIClient()
    client.force_authenticate(staff_user)
    return client
