"""The endpoints that take an image from a person, so one test can run against each of them.

Each route makes what it needs through the API itself (a reference photo to replace, an
identity with an image), then sends the file as the client does.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.core.files.uploadedfile import SimpleUploadedFile

from .images import plain_upload

if TYPE_CHECKING:
    # DRF's test module reads Django's settings on import; the fake Gemini server's scenario
    # runner imports this package in a process without them.
    from rest_framework.test import APIClient

REFERENCE_IMAGES_URL = "/api/v1/reference-images/"
IDENTITIES_URL = "/api/v1/identities/"


def _reference_create(client: "APIClient") -> str:
    return REFERENCE_IMAGES_URL


def _reference_replace(client: "APIClient") -> str:
    response = client.post(REFERENCE_IMAGES_URL, {"image": plain_upload()}, format="multipart")
    assert response.status_code == 201, response.content
    return f"{REFERENCE_IMAGES_URL}{response.json()['id']}/upload-image/"


def _identity_image(client: "APIClient") -> str:
    response = client.post(IDENTITIES_URL, {"name": "Creative Visionary"}, format="json")
    assert response.status_code == 201, response.content
    url = f"{IDENTITIES_URL}{response.json()['id']}/upload-image/"
    response = client.patch(url, {"image": plain_upload()}, format="multipart")
    assert response.status_code == 200, response.content
    return url


@dataclass(frozen=True)
class UploadRoute:
    id: str
    method: str  # the client's method: "post" or "patch"
    success_status: int
    stored_formats: frozenset[str]  # what the stored image may be, whatever was sent
    stored_files: int  # files one upload stores: the image, its renditions, derivatives
    _prepare: Callable[["APIClient"], str]

    def prepare(self, client: "APIClient") -> str:
        """Make what the route acts on (with an image already stored where it has one);
        returns the URL to send the file to."""
        return self._prepare(client)

    def send(self, client: "APIClient", url: str, file: SimpleUploadedFile) -> Any:
        return getattr(client, self.method)(url, {"image": file}, format="multipart")


UPLOAD_ROUTES = [
    UploadRoute(
        id="reference-create",
        method="post",
        success_status=201,
        stored_formats=frozenset({"JPEG"}),
        stored_files=4,
        _prepare=_reference_create,
    ),
    UploadRoute(
        id="reference-replace",
        method="post",
        success_status=200,
        stored_formats=frozenset({"JPEG"}),
        stored_files=4,
        _prepare=_reference_replace,
    ),
    UploadRoute(
        id="identity-image",
        method="patch",
        success_status=200,
        stored_formats=frozenset({"JPEG", "PNG"}),
        stored_files=3,
        _prepare=_identity_image,
    ),
]
