import pytest
from django.test import Client

from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.users.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(staff_user: User) -> Client:
    staff_user.is_superuser = True
    staff_user.save()
    client = Client()
    client.force_login(staff_user)
    return client


def test_a_job_is_titled_by_its_identity_and_status(admin_client: Client) -> None:
    job = GenerationJobFactory(identity=IdentityFactory(name="Night Runner"), status="failed")

    listed = admin_client.get("/admin/image_generation/generationjob/").content.decode()

    assert str(job) == "Night Runner (failed)"
    assert "Night Runner (failed)" in listed
    assert str(job.identity_id) not in listed.replace(f"/{job.pk}/", "")


@pytest.mark.parametrize("status", ["succeeded", "failed", "cancelled"])
def test_a_finished_job_is_shown_but_cannot_be_saved(admin_client: Client, status: str) -> None:
    job = GenerationJobFactory(status=status)
    url = f"/admin/image_generation/generationjob/{job.pk}/change/"

    page = admin_client.get(url)

    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert admin_client.post(url, {"starred": "on"}).status_code == 403


def test_a_queued_job_can_still_be_opened_for_change(admin_client: Client) -> None:
    job = GenerationJobFactory(status="queued")

    page = admin_client.get(f"/admin/image_generation/generationjob/{job.pk}/change/")

    assert 'name="_save"' in page.content.decode()
