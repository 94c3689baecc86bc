from io import StringIO

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command

from apps.identities.models import Identity
from apps.identities.tests.factories import (
    IdentityFactory,
    png_upload,
    upload_identity_image_as_owner,
)
from testing import StoredMedia

pytestmark = [pytest.mark.django_db, pytest.mark.stack]


def sweep(*args: str) -> str:
    out = StringIO()
    call_command("sweep_storage", *args, stdout=out)
    return out.getvalue()


def test_clean_storage_reports_nothing() -> None:
    upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk, image_file=png_upload(), name="a.png"
    )

    assert sweep().strip().splitlines()[-1] == (
        "0 unreferenced file(s) found, 0 row(s) with a missing file."
    )


def test_orphans_and_missing_files_are_listed_and_orphans_deleted(
    media_storage: StoredMedia,
) -> None:
    kept = upload_identity_image_as_owner(
        identity_id=IdentityFactory().pk, image_file=png_upload(), name="a.png"
    )
    orphan = default_storage.save("identity_images/orphan.png", ContentFile(b"x"))
    broken = IdentityFactory()
    Identity.objects.filter(pk=broken.pk).update(image="identity_images/gone.png")

    listing = sweep()

    assert f"unreferenced file: {orphan}" in listing
    assert f"missing file: identities.Identity {broken.pk} -> identity_images/gone.png" in listing
    assert "1 unreferenced file(s) found, 1 row(s) with a missing file." in listing

    sweep("--delete")

    assert not default_storage.exists(orphan)
    assert default_storage.exists(kept.image.name)
    assert len(media_storage.names()) == 3
