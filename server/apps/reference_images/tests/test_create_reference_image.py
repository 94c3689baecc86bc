import threading

import pytest
from PIL import Image
from rest_framework.exceptions import ValidationError
from rest_framework.test import APIClient

from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.users.models import User
from testing import StoredMedia, assert_storage_consistent

from .factories import ReferenceImageFactory, fixture_image, image_bytes, photo_upload, upload

pytestmark = pytest.mark.stack


def test_photo_is_stored_as_an_upright_jpeg_with_its_derivative_and_renditions(
    user: User, media_storage: StoredMedia
) -> None:
    reference = create_reference_image(actor=user, image_file=photo_upload(format="PNG"), name="Me")

    reference.refresh_from_db()
    assert (reference.order, reference.name, reference.user_id) == (0, "Me", user.pk)
    assert (reference.image_width, reference.image_height) == (512, 512)
    assert reference.image.name.startswith("reference_images/")
    assert reference.image.name.endswith(".jpg")
    with reference.image.open("rb") as stored, Image.open(stored) as decoded:
        assert (decoded.format, decoded.mode, decoded.size) == ("JPEG", "RGB", (512, 512))
    with reference.model_image.open("rb") as stored, Image.open(stored) as decoded:
        assert decoded.format == "JPEG"
    files = media_storage.names()
    assert len(files) == 4  # original, derivative, two renditions
    assert sum("__sized__" in name for name in files) == 2


def test_large_photo_gets_a_derivative_at_most_1536_pixels_long(user: User) -> None:
    big = fixture_image("astronaut").convert("RGB").resize((3000, 2000))

    reference = create_reference_image(actor=user, image_file=upload(image_bytes(big, quality=90)))

    with reference.model_image.open("rb") as stored, Image.open(stored) as decoded:
        assert decoded.size == (1536, 1024)
    assert (reference.image_width, reference.image_height) == (3000, 2000)


def test_slots_fill_from_the_lowest_free_one(user: User) -> None:
    ReferenceImageFactory(user=user, order=1)

    assert ReferenceImageFactory(user=user).order == 0
    assert ReferenceImageFactory(user=user).order == 2


def test_a_taken_slot_is_refused(user: User, media_storage: StoredMedia) -> None:
    ReferenceImageFactory(user=user, order=3)
    before = media_storage.names()

    with pytest.raises(ValidationError) as error:
        ReferenceImageFactory(user=user, order=3)

    assert error.value.get_codes() == {"order": ["slot_taken"]}
    assert ReferenceImage.objects.filter(user=user).count() == 1
    assert media_storage.names() == before


def test_sixth_image_is_refused(user: User, media_storage: StoredMedia) -> None:
    for _ in range(5):
        ReferenceImageFactory(user=user)
    before = media_storage.names()

    with pytest.raises(ValidationError) as error:
        ReferenceImageFactory(user=user)

    assert str(error.value.detail[0]) == "Maximum 5 reference images allowed"
    assert ReferenceImage.objects.filter(user=user).count() == 5
    assert media_storage.names() == before


def test_another_users_images_do_not_take_slots(user: User, other_user: User) -> None:
    for _ in range(5):
        ReferenceImageFactory(user=other_user)

    assert ReferenceImageFactory(user=user).order == 0


def test_frontal_portrait_has_one_face_and_no_warnings(user: User) -> None:
    reference = create_reference_image(actor=user, image_file=photo_upload("astronaut"))

    assert reference.face_count == 1
    x, y, width, height = reference.face_box
    assert 120 < x < 240
    assert 20 < y < 120
    assert 60 < width < 140
    assert 80 < height < 160
    assert reference.quality_warnings == []


def test_photo_without_a_person_is_kept_with_a_no_face_warning(user: User) -> None:
    reference = create_reference_image(actor=user, image_file=photo_upload("coffee"))

    assert reference.face_count == 0
    assert reference.face_box is None
    assert [warning["code"] for warning in reference.quality_warnings] == [
        "no_face",
        "low_resolution",
    ]
    assert all(warning["message"] for warning in reference.quality_warnings)


def test_face_that_is_a_small_part_of_the_photo_is_warned_about(user: User) -> None:
    canvas = Image.new("RGB", (2400, 2400), (128, 128, 128))
    canvas.paste(fixture_image("astronaut").convert("RGB"), (900, 900))

    reference = create_reference_image(actor=user, image_file=upload(image_bytes(canvas)))

    assert reference.face_count == 1
    assert [warning["code"] for warning in reference.quality_warnings] == ["face_too_small"]
    x, y, _width, _height = reference.face_box
    assert 900 < x < 1300
    assert 900 < y < 1100


def test_two_people_are_warned_about(user: User) -> None:
    face = fixture_image("astronaut").convert("RGB")
    canvas = Image.new("RGB", (1024, 512), (128, 128, 128))
    canvas.paste(face, (0, 0))
    canvas.paste(face, (512, 0))

    reference = create_reference_image(actor=user, image_file=upload(image_bytes(canvas)))

    assert reference.face_count == 2
    assert [warning["code"] for warning in reference.quality_warnings] == ["multiple_faces"]


def test_staff_create_for_an_unknown_user_is_not_found(staff_client) -> None:
    from uuid import uuid4

    response = staff_client.post(
        "/api/v1/reference-images/",
        {"image": photo_upload(), "user_id": str(uuid4())},
        format="multipart",
    )

    assert response.status_code == 404
    assert ReferenceImage.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_uploads_fill_exactly_five_slots(media_storage: StoredMedia) -> None:
    from django.db import connection

    from apps.privacy.tests.factories import PersonConsentFactory
    from apps.users.tests.factories import UserFactory

    from .factories import plain_upload

    owner = UserFactory()
    PersonConsentFactory(user=owner)
    barrier = threading.Barrier(20)
    responses: list[tuple[int, dict]] = []
    lock = threading.Lock()

    def post() -> None:
        client = APIClient()
        client.force_authenticate(owner)
        image = plain_upload()
        barrier.wait()
        try:
            response = client.post(
                "/api/v1/reference-images/", {"image": image}, format="multipart"
            )
            with lock:
                responses.append((response.status_code, response.json()))
        finally:
            connection.close()

    threads = [threading.Thread(target=post) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    statuses = sorted(status for status, _body in responses)
    assert statuses == [201] * 5 + [400] * 15
    refusals = [body for status, body in responses if status == 400]
    assert {body["detail"] for body in refusals} == {"Maximum 5 reference images allowed"}
    assert sorted(ReferenceImage.objects.filter(user=owner).values_list("order", flat=True)) == [
        0,
        1,
        2,
        3,
        4,
    ]
    assert len(media_storage.names()) == 5 * 4  # the losing uploads' files are gone
    assert_storage_consistent()


def test_a_close_up_face_filling_the_photo_is_found(user: User) -> None:
    close_up = fixture_image("astronaut").convert("RGB").crop((130, 20, 330, 220))

    reference = create_reference_image(
        actor=user, image_file=upload(image_bytes(close_up.resize((2000, 2000)), quality=90))
    )

    assert reference.face_count == 1
    assert reference.face_box[2] > 800  # in the stored photo's pixels
    assert reference.quality_warnings == []
