import pytest

from apps.identities.models import Identity
from apps.privacy.functions.public import has_consent
from apps.privacy.models import AuditEvent
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.test_scenario.demo.demo_data import DEMO_SCENARIOS
from apps.test_scenario.functions.admin import seed_demo_data
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from testing import StoredMedia

pytestmark = pytest.mark.django_db


def test_seed_creates_admin_scenarios_and_identities() -> None:
    demo = seed_demo_data(admin_email="boss@example.com", admin_password="s3cret-pass")

    assert demo.user.is_staff
    assert demo.user.check_password("s3cret-pass")
    assert TestScenario.objects.filter(user__isnull=False).count() == len(DEMO_SCENARIOS)
    for scenario in TestScenario.objects.select_related("user"):
        count = Identity.objects.filter(user=scenario.user).count()
        assert 3 <= count <= 4
        assert all(
            identity.i_am_statement.strip()
            for identity in Identity.objects.filter(user=scenario.user)
        )


def test_seed_is_idempotent() -> None:
    seed_demo_data(admin_email="boss@example.com")
    counts = (User.objects.count(), TestScenario.objects.count(), Identity.objects.count())

    second = seed_demo_data(admin_email="boss@example.com")

    assert (User.objects.count(), TestScenario.objects.count(), Identity.objects.count()) == counts
    assert second.password is None


def test_a_rerun_keeps_a_password_changed_since(db: None) -> None:
    admin = seed_demo_data(admin_email="boss@example.com", admin_password="s3cret-pass").user
    admin.set_password("changed-since")
    admin.save(update_fields=["password"])

    again = seed_demo_data(admin_email="boss@example.com", admin_password="s3cret-pass")

    admin.refresh_from_db()
    assert again.password is None
    assert admin.check_password("changed-since")


def test_generated_password_is_returned_once() -> None:
    first = seed_demo_data(admin_email="boss@example.com")

    assert first.password
    assert first.user.check_password(first.password)


def test_demo_admin_gets_one_reference_photo_once(db: None, media_storage: StoredMedia) -> None:
    first = seed_demo_data(admin_email="demo@example.com")
    second = seed_demo_data(admin_email="demo@example.com")

    assert first.user == second.user
    (photo,) = ReferenceImage.objects.filter(user=first.user)
    assert (photo.name, photo.order, photo.face_count) == ("Astronaut", 0, 1)
    assert (photo.image_width, photo.image_height) == (512, 512)
    assert len(media_storage.names()) == 4


def test_an_admin_with_photos_gets_no_demo_photo(db: None) -> None:
    demo = seed_demo_data(admin_email="demo@example.com")
    ReferenceImage.objects.filter(user=demo.user).delete()
    own = ReferenceImageFactory(user=demo.user, name="Mine")

    seed_demo_data(admin_email="demo@example.com")

    assert list(ReferenceImage.objects.filter(user=demo.user)) == [own]


def test_the_demo_people_have_consented_once_however_often_it_runs() -> None:
    demo = seed_demo_data(admin_email="boss@example.com")
    seed_demo_data(admin_email="boss@example.com")

    people = [demo.user, *(scenario.user for scenario in TestScenario.objects.all())]
    assert all(has_consent(user_id=person.pk) for person in people if person is not None)
    events = AuditEvent.objects.filter(action=AuditEvent.Action.CONSENT_RECORD)
    assert events.count() == len(people)
    assert {event.actor_id for event in events} == {demo.user.pk}
