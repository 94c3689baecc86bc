from collections.abc import Callable
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework.test import APIClient

from apps.users.models import User

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "images"


@pytest.fixture
def add_reference(staff_client: APIClient) -> Callable[[User], str]:
    """Upload the astronaut portrait as a reference photo of `user`; returns its id."""

    def add(user: User) -> str:
        photo = SimpleUploadedFile(
            "astronaut.png", (FIXTURES / "astronaut.png").read_bytes(), content_type="image/png"
        )
        response = staff_client.post(
            "/api/v1/reference-images/",
            {"image": photo, "user_id": str(user.id)},
            format="multipart",
        )
        assert response.status_code == 201, response.content
        return response.json()["id"]

    return add
