"""The Django admin offers only what may be done there: jobs and image versions are records,
and RQ's dashboard shows only where RQ runs the tasks."""

import pytest
from django.conf import settings
from django.contrib import admin
from django.test import Client

from apps.identities.models import IdentityImageVersion
from apps.identities.tests.factories import (
    IdentityFactory,
    png_upload,
    upload_identity_image_as_owner,
)
from apps.image_generation.models import GenerationJob
from apps.users.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(staff_user: User) -> Client:
    staff_user.is_superuser = True
    staff_user.save()
    client = Client()
    client.force_login(staff_user)
    return client


def test_there_is_no_form_to_add_a_generation_job(admin_client: Client) -> None:
    assert admin_client.get("/admin/image_generation/generationjob/add/").status_code == 403
    page = admin_client.get("/admin/image_generation/generationjob/").content.decode()
    assert "/admin/image_generation/generationjob/add/" not in page


def test_identity_versions_are_listed_read_only(admin_client: Client) -> None:
    identity = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk, image_file=png_upload(), name="a.png"
    )
    version = IdentityImageVersion.objects.get(identity=identity)

    listing = admin_client.get("/admin/identities/identityimageversion/")
    detail = admin_client.get(f"/admin/identities/identityimageversion/{version.pk}/change/")

    assert listing.status_code == 200
    assert str(identity) in listing.content.decode()
    assert detail.status_code == 200
    assert 'name="_save"' not in detail.content.decode()
    add = "/admin/identities/identityimageversion/add/"
    assert admin_client.get(add).status_code == 403


def test_on_the_database_backend_the_admin_has_no_rq_dashboard() -> None:
    if settings.TASKS_BACKEND == "rq":
        pytest.skip("this run uses RQ")
    from django_rq.models import Dashboard

    assert Dashboard not in admin.site._registry
    assert GenerationJob in admin.site._registry
