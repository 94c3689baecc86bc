from pathlib import PurePosixPath

from apps.core.export import ExportEntry, rows_as_json
from apps.identities.models import Identity, IdentityImageVersion
from apps.users.models import User


def export_identities(*, person: User) -> list[ExportEntry]:
    """A person's identities for their data export: every image version's stored file, and
    the identities' and versions' fields."""
    identities = list(Identity.objects.filter(user=person).order_by("order", "created_at"))
    versions = list(
        IdentityImageVersion.objects.filter(identity__user=person).order_by("created_at")
    )
    files = [
        ExportEntry(
            path=(
                f"identity_versions/{version.identity_id}/{version.pk}"
                f"{PurePosixPath(version.image.name).suffix}"
            ),
            kind="identity_version",
            id=str(version.pk),
            stored_name=version.image.name,
        )
        for version in versions
        if version.image
    ]
    return [
        *files,
        ExportEntry(path="identities.json", kind="identity_rows", content=rows_as_json(identities)),
        ExportEntry(
            path="identity_versions.json",
            kind="identity_version_rows",
            content=rows_as_json(versions),
        ),
    ]
