import pytest

from apps.image_generation.functions.admin import list_available_users
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_current_user_first_then_test_users(staff_user: User) -> None:
    tester = UserFactory(email="tester@example.com")
    TestScenario.objects.create(name="Founder under pressure", user=tester)
    TestScenario.objects.create(name="No user yet")

    users = list_available_users(current_user=staff_user)

    assert [(u.id, u.is_current_user, u.is_test_user) for u in users] == [
        (staff_user.id, True, False),
        (tester.id, False, True),
    ]
    assert users[1].name == "Founder under pressure"
    assert users[1].email == "tester@example.com"


def test_admin_who_is_also_a_test_user_is_listed_once(staff_user: User) -> None:
    TestScenario.objects.create(name="Me as a test", user=staff_user)

    users = list_available_users(current_user=staff_user)

    assert [u.id for u in users] == [staff_user.id]


def test_name_falls_back_to_email() -> None:
    nameless = UserFactory(first_name="", last_name="", is_staff=True)

    assert list_available_users(current_user=nameless)[0].name == nameless.email
