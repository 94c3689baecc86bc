from collections.abc import Collection
from uuid import UUID

from django.db import transaction

from apps.core.utils import DeletedRows, row_file_names
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import lock_reference_image_slots, refresh_match_to_others
from apps.users.models import User


@transaction.atomic
def delete_reference_photos(
    *, person: User, reference_image_ids: Collection[UUID] | None = None
) -> DeletedRows:
    """The one way a reference photo is deleted: some of a person's photos (all of them when
    `reference_image_ids` is None), under the slot lock, with the remaining photos compared
    again in the same transaction.

    Every file of a photo (photo, renditions, model-ready copy) goes once that commits, as for
    every deleted row (`apps.core.storage.delete_row_files_on_commit`); its face embedding
    goes with the row. The caller has decided that the photos may go and records why.
    """
    lock_reference_image_slots(user=person)
    photos = ReferenceImage.objects.filter(user=person)
    if reference_image_ids is not None:
        photos = photos.filter(pk__in=reference_image_ids)
    deleted = DeletedRows()
    for photo in photos:
        deleted.file_names.extend(row_file_names(instance=photo))
        photo.delete()
        deleted.count += 1
    if deleted.count:
        refresh_match_to_others(user=person)
    return deleted
