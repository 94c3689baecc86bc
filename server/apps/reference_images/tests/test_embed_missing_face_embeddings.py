"""Photos stored before faces were embedded get their embedding from the command."""

import io

import pytest
from django.core.management import call_command

from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from services.faces import embedding_from_bytes

pytestmark = pytest.mark.django_db


def test_photos_without_an_embedding_get_one_and_are_compared(user: User) -> None:
    astronaut = ReferenceImageFactory(user=user, image_file=photo_upload("astronaut"))
    stranger = ReferenceImageFactory(user=user, image_file=photo_upload("camera"))
    cup = ReferenceImageFactory(user=user, image_file=photo_upload("coffee"))
    at_upload = embedding_from_bytes(astronaut.face_embedding or b"")
    ReferenceImage.objects.update(face_embedding=None, match_to_others=None, quality_warnings=[])

    out = io.StringIO()
    call_command("embed_reference_photos", stdout=out)

    assert out.getvalue().strip() == "2 reference photo(s) embedded, 1 without a face."
    astronaut.refresh_from_db()
    stranger.refresh_from_db()
    cup.refresh_from_db()
    # From the stored model-ready JPEG, not the upload's pixels: the same face, near enough.
    assert float(embedding_from_bytes(astronaut.face_embedding or b"") @ at_upload) > 0.98
    assert stranger.face_embedding is not None
    assert cup.face_embedding is None
    assert [w["code"] for w in stranger.quality_warnings] == ["different_person"]
    assert astronaut.match_to_others is not None

    again = io.StringIO()
    call_command("embed_reference_photos", stdout=again)
    assert again.getvalue().strip() == "0 reference photo(s) embedded, 1 without a face."
