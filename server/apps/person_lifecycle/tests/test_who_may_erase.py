"""Who may erase whom: anyone themself, staff people who are not staff, a superuser anyone;
only a superuser deletes an account. A refusal is a 403 with a sentence, before the body is
validated, and erases nothing."""

import pytest
from rest_framework.test import APIClient

from apps.privacy.models import AuditEvent, PersonConsent
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory
from apps.users.models import User
from apps.users.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def erase(client: APIClient, person: User, **body: object) -> tuple[int, dict]:
    response = client.post(f"/api/v1/users/{person.pk}/erase/", body, format="json")
    return response.status_code, response.json()


def assert_untouched(person: User) -> None:
    assert ReferenceImage.objects.filter(user=person).exists()
    assert PersonConsent.objects.filter(user=person).exists()
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.PERSON_ERASE).exists()


def test_a_person_may_erase_themself_with_their_email(user: User, user_client: APIClient) -> None:
    ReferenceImageFactory(user=user)

    status, body = erase(user_client, user, email=user.email)

    assert status == 200, body
    assert (body["reference_photos"], body["account_deleted"]) == (1, False)
    assert not ReferenceImage.objects.filter(user=user).exists()


def test_erasing_yourself_needs_the_same_confirmation(user: User, user_client: APIClient) -> None:
    ReferenceImageFactory(user=user)

    status, body = erase(user_client, user, email="not.me@example.com")

    assert status == 400
    assert body["code"] == "email_mismatch"
    assert_untouched(user)


def test_a_person_may_not_erase_someone_else(user_client: APIClient, other_user: User) -> None:
    ReferenceImageFactory(user=other_user)

    status, body = erase(user_client, other_user, email=other_user.email)

    assert status == 403
    assert body["detail"] == "Only an admin can erase another person; you can erase only yourself."
    assert_untouched(other_user)


@pytest.mark.parametrize("target", ["staff", "superuser"])
def test_staff_may_not_erase_an_admin_or_a_superuser(target: str, staff_client: APIClient) -> None:
    admin = UserFactory(is_staff=True, is_superuser=target == "superuser")
    ReferenceImageFactory(user=admin)  # with the consent it needs

    status, body = erase(staff_client, admin, email=admin.email)

    assert status == 403
    assert body["detail"] == (
        "Only a superuser can erase an admin or a superuser. Ask a superuser to erase this person."
    )
    assert_untouched(admin)


def test_staff_may_erase_their_own_data(staff_user: User, staff_client: APIClient) -> None:
    ReferenceImageFactory(user=staff_user)

    status, body = erase(staff_client, staff_user, email=staff_user.email)

    assert status == 200, body
    assert body["reference_photos"] == 1


def test_a_superuser_may_erase_an_admin(staff_user: User, superuser_client: APIClient) -> None:
    ReferenceImageFactory(user=staff_user)

    status, body = erase(superuser_client, staff_user, email=staff_user.email)

    assert status == 200, body
    assert not ReferenceImage.objects.filter(user=staff_user).exists()


@pytest.mark.parametrize("who", ["staff", "themself"])
def test_only_a_superuser_deletes_an_account(
    who: str, user: User, user_client: APIClient, staff_client: APIClient
) -> None:
    ReferenceImageFactory(user=user)
    client = staff_client if who == "staff" else user_client

    status, body = erase(client, user, email=user.email, delete_account=True)

    assert status == 403
    assert body["detail"].startswith("Only a superuser can delete an account.")
    assert User.objects.filter(pk=user.pk).exists()
    assert_untouched(user)


def test_a_superuser_deletes_an_account(user: User, superuser_client: APIClient) -> None:
    status, body = erase(superuser_client, user, email=user.email, delete_account=True)

    assert status == 200, body
    assert body["account_deleted"] is True
    assert not User.objects.filter(pk=user.pk).exists()


@pytest.mark.parametrize(
    "body",
    [{}, {"email": ["not", "text"]}, {"email": "x" * 300}],
    ids=["empty", "wrong type", "too long"],
)
def test_a_refusal_comes_before_the_body_is_read(
    body: dict, staff_client: APIClient, user_client: APIClient, other_user: User
) -> None:
    admin = UserFactory(is_staff=True)

    assert erase(staff_client, admin, **body)[0] == 403  # an admin, by staff
    assert erase(user_client, other_user, **body)[0] == 403  # someone else, by a person


def test_deleting_an_account_is_refused_before_the_email_is_compared(
    user: User, staff_client: APIClient
) -> None:
    status, body = erase(staff_client, user, email="wrong@example.com", delete_account=True)

    assert status == 403
    assert body["detail"].startswith("Only a superuser can delete an account.")
