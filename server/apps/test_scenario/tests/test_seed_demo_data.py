from pathlib import Path

from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.test_scenario.functions.admin import seed_demo_data


def test_demo_admin_gets_one_reference_photo_once(db: None, media_storage: Path) -> None:
    first = seed_demo_data(admin_email="demo@example.com")
    second = seed_demo_data(admin_email="demo@example.com")

    assert first.user == second.user
    (photo,) = ReferenceImage.objects.filter(user=first.user)
    assert (photo.name, photo.order, photo.face_count) == ("Astronaut", 0, 1)
    assert (photo.image_width, photo.image_height) == (512, 512)
    assert len([path for path in media_storage.rglob("*") if path.is_file()]) == 4


def test_an_admin_with_photos_gets_no_demo_photo(db: None) -> None:
    demo = seed_demo_data(admin_email="demo@example.com")
    ReferenceImage.objects.filter(user=demo.user).delete()
    own = ReferenceImageFactory(user=demo.user, name="Mine")

    seed_demo_data(admin_email="demo@example.com")

    assert list(ReferenceImage.objects.filter(user=demo.user)) == [own]
