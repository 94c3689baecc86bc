import pytest
from rest_framework.exceptions import ValidationError
from rest_framework.test import APIClient

from apps.core.exceptions import exception_handler
from apps.identities.views import IdentityViewSet
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_anonymous_request_gets_a_sentence_and_a_code(api_client: APIClient) -> None:
    response = api_client.get("/api/v1/users/me/")

    assert response.status_code in (401, 403)
    assert response.json() == {
        "detail": "Authentication credentials were not provided.",
        "code": "not_authenticated",
    }


def test_validation_error_names_the_field(user_client: APIClient) -> None:
    response = user_client.post("/api/v1/identities/", {"category": "Career"}, format="json")

    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "required"
    assert body["detail"] == "Name: This field is required."
    assert body["fields"] == {"name": ["This field is required."]}


def test_unknown_api_path_answers_json_404(user_client: APIClient) -> None:
    response = user_client.get("/api/v1/nothing-here/")

    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


@pytest.mark.stack
def test_malformed_id_is_a_404_not_a_500(user_client: APIClient, user: User) -> None:
    response = user_client.get("/api/v1/identities/not-a-uuid/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_unexpected_error_is_a_json_500_without_a_traceback(
    user_client: APIClient, user: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: IdentityViewSet) -> None:
        raise RuntimeError("secret internals")

    monkeypatch.setattr(IdentityViewSet, "get_queryset", broken)
    user_client.raise_request_exception = False

    response = user_client.get("/api/v1/identities/")

    assert response.status_code == 500
    assert response.json() == {
        "detail": "Something went wrong on our side. Please try again.",
        "code": "server_error",
    }
    assert b"secret internals" not in response.content


def test_a_list_items_error_reads_as_a_sentence_naming_the_field(
    user_client: APIClient, user: User
) -> None:
    response = user_client.post(
        f"/api/v1/users/{user.pk}/consent/withdraw/", {"scopes": ["x"]}, format="json"
    )

    assert response.status_code == 400
    body = response.json()
    assert body["fields"] == {"scopes": ['"x" is not a valid choice.']}
    assert body["detail"] == 'Scopes: "x" is not a valid choice.'
    assert body["code"] == "invalid_choice"


def test_nested_errors_name_their_inner_field() -> None:
    error = ValidationError({"crop": {"width": ["Too small."]}, "tags": {1: ["Too long."]}})

    response = exception_handler(error, {})

    assert response is not None
    assert response.data["fields"] == {"crop": ["Width: Too small."], "tags": ["Too long."]}
    assert response.data["detail"] == "Crop: Width: Too small."
