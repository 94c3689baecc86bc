"""The migration to image versions, on a database made before it: an identity's image
becomes its first version (naming the saved job it came from), a poster saved earlier gets
the version it made, and no file is lost or copied twice."""

from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from PIL import Image

from testing import StoredMedia, image_bytes

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [
    ("identities", "0001_initial"),
    ("image_generation", "0004_job_worker_and_requeues"),
]
AFTER = [("identities", "0003_identity_images_become_versions")]


def migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.fixture(autouse=True)
def _latest_schema_after() -> Iterator[None]:
    """Leave the database at every app's latest migration, as the tests after this expect."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def png(colour: tuple[int, int, int]) -> bytes:
    return image_bytes(Image.new("RGB", (640, 360), colour), format="PNG")


def test_identity_images_and_saved_posters_become_versions(media_storage: StoredMedia) -> None:
    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    user_model = old.get_model("users", "User")
    identity_model = old.get_model("identities", "Identity")
    job_model = old.get_model("image_generation", "GenerationJob")
    admin = user_model.objects.create(email="admin@example.com", is_staff=True)
    person = user_model.objects.create(email="person@example.com")
    saved, replaced = png((200, 0, 0)), png((0, 0, 200))

    def job(data: bytes, name: str, saved_at: object) -> object:
        stored = default_storage.save(f"generated_images/{name}", ContentFile(data))
        return job_model.objects.create(
            created_by=admin,
            user=person,
            identity=identity,
            status="succeeded",
            provider="local",
            model="local-poster-v1",
            aspect_ratio="16:9",
            resolution="1K",
            image=stored,
            image_width=640,
            image_height=360,
            saved_to_identity_at=saved_at,
        )

    identity = identity_model.objects.create(user=person, name="Creative Visionary")
    copy = default_storage.save("identity_images/current.png", ContentFile(saved))
    identity_model.objects.filter(pk=identity.pk).update(
        image=copy, image_width=640, image_height=360
    )
    earlier = job(replaced, "earlier.png", timezone.now() - timedelta(days=7))
    latest = job(saved, "latest.png", timezone.now())
    job(png((0, 200, 0)), "never-saved.png", None)
    uploaded = identity_model.objects.create(user=person, name="Uploaded")
    upload = default_storage.save("identity_images/upload.png", ContentFile(png((9, 9, 9))))
    identity_model.objects.filter(pk=uploaded.pk).update(
        image=upload, image_width=640, image_height=360
    )
    bare = identity_model.objects.create(user=person, name="No image")
    files_before = set(media_storage.names())

    new = migrate(AFTER).loader.project_state(AFTER).apps
    identity_model = new.get_model("identities", "Identity")
    version_model = new.get_model("identities", "IdentityImageVersion")

    versions = list(version_model.objects.filter(identity_id=identity.pk).order_by("created_at"))
    assert [(v.source, v.job_id) for v in versions] == [
        ("generation", earlier.pk),
        ("generation", latest.pk),
    ]
    migrated = identity_model.objects.get(pk=identity.pk)
    assert migrated.current_version_id == versions[1].pk
    assert versions[1].image.name == copy  # the identity's file, not copied again
    assert versions[1].created_by_id == admin.pk
    with default_storage.open(versions[0].image.name, "rb") as stored:
        assert stored.read() == replaced  # the replaced save, from its job's own poster
    [from_upload] = version_model.objects.filter(identity_id=uploaded.pk)
    assert (from_upload.source, from_upload.job_id, from_upload.image.name) == (
        "upload",
        None,
        upload,
    )
    assert identity_model.objects.get(pk=uploaded.pk).current_version_id == from_upload.pk
    assert not version_model.objects.filter(identity_id=bare.pk).exists()
    assert identity_model.objects.get(pk=bare.pk).current_version_id is None
    files_after = set(media_storage.names())
    assert files_before < files_after  # none lost
    # One new file and its two renditions: the replaced save's copy, and nothing else.
    assert len(files_after - files_before) == 3
