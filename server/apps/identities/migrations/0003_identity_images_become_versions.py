"""Each identity's image becomes its first version, and each poster saved onto an identity
the version it made.

The identity's current file is not copied: the version takes its name. When it holds the
bytes of a poster saved from a job, that version names the job. A job saved earlier, whose
copy a later save replaced, gets its version from its own poster, copied once (the job keeps
its file). Nothing is deleted.
"""

import hashlib

from django.core.files.storage import default_storage
from django.db import migrations


def _digest(name: str) -> str | None:
    try:
        with default_storage.open(name, "rb") as stored:
            return hashlib.sha256(stored.read()).hexdigest()
    except OSError:
        return None


def forwards(apps, schema_editor):
    from apps.core.utils import store_image_files

    Identity = apps.get_model("identities", "Identity")
    Version = apps.get_model("identities", "IdentityImageVersion")
    GenerationJob = apps.get_model("image_generation", "GenerationJob")
    for identity in Identity.objects.filter(current_version__isnull=True).iterator():
        saved = list(
            GenerationJob.objects.filter(identity_id=identity.pk)
            .exclude(saved_to_identity_at=None)
            .exclude(image="")
            .exclude(image=None)
            .order_by("saved_to_identity_at")
        )
        current_digest = _digest(identity.image.name) if identity.image else None
        current_job = next(
            (job for job in reversed(saved) if _digest(job.image.name) == current_digest), None
        )
        for job in saved:
            if job is current_job or not default_storage.exists(job.image.name):
                continue
            with default_storage.open(job.image.name, "rb") as poster:
                data = poster.read()
            version = Version(identity_id=identity.pk, source="generation", job_id=job.pk)
            version.IMAGE_FOLDER = "identity_images"  # what the upload path reads
            stored = store_image_files(instance=version, data=data, name=job.image.name)
            for field, value in stored.fields.items():
                setattr(version, field, value)
            version.created_by_id = job.created_by_id
            version.save()
            Version.objects.filter(pk=version.pk).update(created_at=job.saved_to_identity_at)
        if not identity.image:
            continue
        version = Version.objects.create(
            identity_id=identity.pk,
            source="generation" if current_job else "upload",
            job_id=current_job.pk if current_job else None,
            created_by_id=current_job.created_by_id if current_job else identity.user_id,
            image=identity.image.name,
            image_width=identity.image_width,
            image_height=identity.image_height,
        )
        made_at = current_job.saved_to_identity_at if current_job else identity.updated_at
        Version.objects.filter(pk=version.pk).update(created_at=made_at)
        Identity.objects.filter(pk=identity.pk).update(current_version_id=version.pk)


class Migration(migrations.Migration):
    dependencies = [
        ("identities", "0002_image_versions"),
        ("image_generation", "0005_batches_stars_cancel_and_provider_slots"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
