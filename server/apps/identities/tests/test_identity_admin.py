import pytest
from django.test import Client

from apps.identities.tests.factories import IdentityFactory
from apps.users.models import User

pytestmark = pytest.mark.django_db


def test_the_admin_form_has_no_image_upload_past_the_pipeline(staff_user: User) -> None:
    staff_user.is_superuser = True
    staff_user.save()
    client = Client()
    client.force_login(staff_user)
    identity = IdentityFactory()

    response = client.get(f"/admin/identities/identity/{identity.pk}/change/")

    assert response.status_code == 200
    assert 'type="file"' not in response.content.decode()
