"""Face embeddings are biometric data: no API answer carries one, in the schema or in fact."""

import base64
from pathlib import Path
from typing import Any

import pytest
import yaml
from django.core.management import call_command
from rest_framework.test import APIClient

from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import photo_upload
from apps.users.models import User


def property_names(node: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        names |= set(node.get("properties", {}))
        for value in node.values():
            names |= property_names(value)
    elif isinstance(node, list):
        for value in node:
            names |= property_names(value)
    return names


def test_no_schema_has_an_embedding(tmp_path: Path) -> None:
    target = tmp_path / "schema.yaml"
    call_command("spectacular", "--file", str(target))

    names = property_names(yaml.safe_load(target.read_text()))

    assert "match_to_others" in names  # the walk reaches the photos' quality
    assert [name for name in names if "embedding" in name] == []


@pytest.mark.django_db
def test_no_photo_answer_carries_the_embedding(staff_client: APIClient, user: User) -> None:
    created = staff_client.post(
        "/api/v1/reference-images/",
        {"image": photo_upload("astronaut"), "user_id": str(user.id)},
        format="multipart",
    )
    assert created.status_code == 201, created.content
    photo = ReferenceImage.objects.get(pk=created.json()["id"])
    assert photo.face_embedding is not None
    stored = bytes(photo.face_embedding)

    answers = [
        created,
        staff_client.get(f"/api/v1/reference-images/?user_id={user.id}"),
        staff_client.get(f"/api/v1/reference-images/{photo.pk}/"),
    ]

    for answer in answers:
        assert answer.status_code == 200 or answer is created, answer.content
        text = answer.content.decode()
        assert "embedding" not in text
        assert base64.b64encode(stored).decode()[:24] not in text
        assert stored.hex()[:24] not in text
