"""A poster is drawn only from photos that show a face: the rest are not sent."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image
from rest_framework.test import APIClient

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from testing import image_bytes

pytestmark = pytest.mark.django_db

URL = "/api/v1/image-generation/generate/"
DUMMY_TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def generate(client: APIClient, user: User):
    identity = IdentityFactory(user=user)
    with override_settings(TASKS=DUMMY_TASKS):
        return client.post(
            URL, {"identity_id": str(identity.id), "user_id": str(user.id)}, format="json"
        )


def test_no_photo_with_a_face_is_refused_in_words_and_nothing_is_queued(
    staff_client: APIClient, user: User
) -> None:
    ReferenceImageFactory(user=user, image_file=photo_upload("coffee"))

    response = generate(staff_client, user)

    assert response.status_code == 400
    assert response.json()["code"] == "no_reference_faces"
    assert "None of this person's photos shows a face" in response.json()["detail"]
    assert not GenerationJob.objects.exists()


def test_only_the_photos_with_a_face_are_sent_and_the_job_records_them(
    staff_client: APIClient, user: User
) -> None:
    cup = ReferenceImageFactory(user=user, image_file=photo_upload("coffee"))
    face = ReferenceImageFactory(user=user, image_file=photo_upload("astronaut"))

    response = generate(staff_client, user)

    assert response.status_code == 202, response.content
    [job] = response.json()["jobs"]
    assert job["reference_image_ids"] == [str(face.id)]
    listed = staff_client.get(f"/api/v1/reference-images/?user_id={user.id}").json()
    photos = {photo["id"]: photo["sent_with_posters"] for photo in listed}
    assert photos == {str(cup.id): False, str(face.id): True}


def test_the_no_face_warning_speaks_of_the_person(staff_client: APIClient, user: User) -> None:
    cup = ReferenceImageFactory(user=user, image_file=photo_upload("coffee"))

    [warning] = [w for w in cup.quality_warnings if w["code"] == "no_face"]

    assert "the person's face" in warning["message"]
    assert "your" not in warning["message"].lower()


def test_the_options_serve_the_photo_limits_the_upload_checks(
    staff_client: APIClient, settings
) -> None:
    settings.IMAGE_UPLOAD_MAX_BYTES = 12 * 1024 * 1024

    options = staff_client.get("/api/v1/image-generation/options/").json()

    assert options["photo_limits"] == {
        "max_photos": 5,
        "max_bytes": 12 * 1024 * 1024,
        "max_size": "12 MB",
        "max_megapixels": 40,
        "min_short_side_px": 256,
        "recommended_short_side_px": 512,
        "accepted_formats": ["JPEG", "PNG", "WebP", "HEIC"],
        "too_large_refusal": "This file is larger than 12 MB, the largest image accepted.",
        "wrong_format_refusal": "Please choose a JPEG, PNG, WebP or HEIC photo.",
    }
    assert options["provider"] == "local"
    assert options["provider_uses_additional_prompt"] is False


def test_the_served_format_refusal_is_what_the_upload_answers(
    staff_client: APIClient, staff_user: User
) -> None:
    options = staff_client.get("/api/v1/image-generation/options/").json()
    gif = SimpleUploadedFile(
        "photo.jpg", image_bytes(Image.new("RGB", (600, 600)), format="GIF"), "image/jpeg"
    )

    response = staff_client.post(
        "/api/v1/reference-images/",
        {"image": gif, "user_id": str(staff_user.id)},
        format="multipart",
    )

    assert response.status_code == 400
    assert options["photo_limits"]["wrong_format_refusal"] in str(response.json())
