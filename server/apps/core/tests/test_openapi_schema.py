from pathlib import Path

import pytest
import yaml
from django.core.management import call_command
from rest_framework.test import APIClient

from apps.core.exceptions import CoreErrorCode
from apps.identities.exceptions import IdentityErrorCode
from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.person_lifecycle.exceptions import PersonLifecycleErrorCode
from apps.privacy.exceptions import PrivacyErrorCode
from apps.reference_images.exceptions import ReferenceImageErrorCode


def test_schema_validates_without_warnings(tmp_path: Path) -> None:
    target = tmp_path / "schema.yaml"

    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(target))

    schema = yaml.safe_load(target.read_text())
    image = schema["components"]["schemas"]["IdentityOutput"]["properties"]["image"]
    assert set(image["properties"]) == {"full_size", "medium", "thumbnail"}


@pytest.mark.django_db
def test_schema_and_docs_are_for_staff_only(api_client: APIClient, user_client: APIClient) -> None:
    for client in (api_client, user_client):
        assert client.get("/api/schema/").status_code == 403
        assert client.get("/api/docs/").status_code == 403


def test_docs_load_swagger_ui_from_the_projects_own_static_files(
    staff_client: APIClient,
) -> None:
    assert staff_client.get("/api/schema/").status_code == 200
    docs = staff_client.get("/api/docs/")

    assert docs.status_code == 200
    page = docs.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in page
    assert "cdn" not in page.lower()
    assert "https://" not in page


def test_fixed_sets_are_enums(tmp_path: Path) -> None:
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(target))

    schemas = yaml.safe_load(target.read_text())["components"]["schemas"]
    job = schemas["GenerationJobOutput"]["properties"]
    assert job["status"]["allOf"] == [{"$ref": "#/components/schemas/GenerationJobStatusEnum"}]
    assert {"$ref": "#/components/schemas/BlankEnum"} in job["error_code"]["oneOf"]
    assert "response_id" in job
    assert "model_version" in job
    options = schemas["GenerationOptionsOutput"]["properties"]
    assert options["resolutions"]["items"] == {"$ref": "#/components/schemas/ResolutionEnum"}
    assert schemas["ResolutionEnum"]["enum"] == ["1K", "2K", "4K"]


def test_every_operation_answers_its_errors_in_the_one_shape_with_every_code_listed(
    tmp_path: Path,
) -> None:
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(target))

    schema = yaml.safe_load(target.read_text())
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for status_range in ("4XX", "5XX"):
                response = operation["responses"][status_range]
                assert response["content"] == error_body, (method, path, status_range)
    schemas = schema["components"]["schemas"]
    assert set(schemas["ErrorBody"]["required"]) == {"detail", "code"}
    codes = schemas["ErrorCodeEnum"]["enum"]
    assert codes == sorted(codes)
    enums = (
        CoreErrorCode,
        IdentityErrorCode,
        ImageGenerationErrorCode,
        PersonLifecycleErrorCode,
        PrivacyErrorCode,
        ReferenceImageErrorCode,
    )
    for enum in enums:
        assert {code.value for code in enum} <= set(codes), enum
    assert {"not_authenticated", "permission_denied", "throttled"} <= set(codes)  # DRF's own
