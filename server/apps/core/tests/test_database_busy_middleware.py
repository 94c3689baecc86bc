from unittest import mock

from django.db import OperationalError
from rest_framework.test import APIClient


def test_a_locked_database_is_answered_409_not_500(user_client: APIClient) -> None:
    with mock.patch(
        "apps.reference_images.views.reference_image_viewset.list_reference_images_for",
        side_effect=OperationalError("database is locked"),
    ):
        response = user_client.get("/api/v1/reference-images/")

    assert response.status_code == 409
    assert response.json() == {
        "detail": "The server is busy with another change. Please try again.",
        "code": "database_busy",
    }


def test_other_database_errors_are_left_to_the_unavailable_answer(user_client: APIClient) -> None:
    user_client.raise_request_exception = False
    with mock.patch(
        "apps.reference_images.views.reference_image_viewset.list_reference_images_for",
        side_effect=OperationalError("no such table"),
    ):
        response = user_client.get("/api/v1/reference-images/")

    assert response.status_code == 503
    assert response.json()["code"] == "database_unavailable"
