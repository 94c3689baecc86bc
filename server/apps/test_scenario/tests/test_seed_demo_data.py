import pytest

from apps.identities.models import Identity
from apps.test_scenario.functions.admin import seed_demo_data
from apps.test_scenario.models import TestScenario
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_seed_creates_admin_scenarios_and_identities() -> None:
    demo = seed_demo_data(admin_email="boss@example.com", admin_password="s3cret-pass")

    assert demo.user.is_staff
    assert demo.user.check_password("s3cret-pass")
    assert TestScenario.objects.filter(user__isnull=False).count() == 3
    for scenario in TestScenario.objects.select_related("user"):
        count = Identity.objects.filter(user=scenario.user).count()
        assert 3 <= count <= 4
        assert all(
            identity.i_am_statement.startswith("I am")
            for identity in Identity.objects.filter(user=scenario.user)
        )


def test_seed_is_idempotent() -> None:
    seed_demo_data(admin_email="boss@example.com")
    counts = (User.objects.count(), TestScenario.objects.count(), Identity.objects.count())

    second = seed_demo_data(admin_email="boss@example.com")

    assert (User.objects.count(), TestScenario.objects.count(), Identity.objects.count()) == counts
    assert second.password is None


def test_generated_password_is_returned_once() -> None:
    first = seed_demo_data(admin_email="boss@example.com")

    assert first.password
    assert first.user.check_password(first.password)
