from pathlib import PurePosixPath

from apps.core.export import ExportEntry, rows_as_json
from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def export_reference_photos(*, person: User) -> list[ExportEntry]:
    """A person's reference photos for their data export: each stored photo (as stored, with
    no metadata) and every row's fields, face measurements included."""
    photos = list(ReferenceImage.objects.filter(user=person).order_by("order"))
    files = [
        ExportEntry(
            path=f"reference_photos/{photo.order}-{photo.pk}{PurePosixPath(photo.image.name).suffix}",
            kind="reference_photo",
            id=str(photo.pk),
            stored_name=photo.image.name,
        )
        for photo in photos
        if photo.image
    ]
    listing = ExportEntry(
        path="reference_photos.json", kind="reference_photo_rows", content=rows_as_json(photos)
    )
    return [*files, listing]
