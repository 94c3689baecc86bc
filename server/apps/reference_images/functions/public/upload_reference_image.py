from uuid import UUID

from django.core.files import File
from django.db import transaction
from django.utils import timezone

from apps.core.utils import delete_files_on_commit, files_removed_on_failure, row_file_names
from apps.privacy.audit import record_audit_event
from apps.privacy.functions.public import ensure_consent
from apps.privacy.models import AuditEvent
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import (
    StoredPreparedImage,
    can_match_faces,
    prepare_reference_image,
    refresh_match_to_others,
    store_prepared_image,
)
from apps.users.models import User

from .get_reference_image_for import get_reference_image_for


def upload_reference_image(
    *, actor: User, reference_image_id: UUID, image_file: File[bytes], name: str | None = None
) -> ReferenceImage:
    """Replace the photo of a reference image the actor may reach, renamed `name` when given
    (one change: the photo and the name it is listed by go together).

    The new photo is checked, derived and stored outside any transaction (on SQLite a
    transaction holds the one write lock); a short transaction then points the row at it.
    The old files go only once that is committed; if it fails, the new files go instead.
    """
    person = get_reference_image_for(actor=actor, reference_image_id=reference_image_id).user
    ensure_consent(user_id=person.pk)  # before any work
    stored = store_prepared_image(
        prepared=prepare_reference_image(file=image_file, embed=can_match_faces(person))
    )
    with files_removed_on_failure(stored.names):
        return _point_at(
            actor=actor, reference_image_id=reference_image_id, stored=stored, name=name
        )


@transaction.atomic
def _point_at(
    *, actor: User, reference_image_id: UUID, stored: StoredPreparedImage, name: str | None
) -> ReferenceImage:
    locked = get_reference_image_for(
        actor=actor, reference_image_id=reference_image_id, for_update=True
    )
    ensure_consent(user_id=locked.user_id)  # not withdrawn meanwhile
    old_names = row_file_names(instance=locked)
    # A plain UPDATE: assigning a new image to a loaded row would read the file back for
    # its dimensions, which are known.
    renamed = {} if name is None else {"name": name}
    ReferenceImage.objects.filter(pk=locked.pk).update(
        **stored.fields, **renamed, updated_at=timezone.now()
    )
    delete_files_on_commit(old_names)
    refresh_match_to_others(user=locked.user)
    record_audit_event(
        action=AuditEvent.Action.REFERENCE_REPLACE, subject_user_id=locked.user_id, obj=locked
    )
    return ReferenceImage.objects.get(pk=locked.pk)
