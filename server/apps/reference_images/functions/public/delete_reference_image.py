from uuid import UUID

from django.db import transaction

from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.reference_images.utils import lock_reference_image_slots, refresh_match_to_others
from apps.users.models import User

from .get_reference_image_for import get_reference_image_for


@transaction.atomic
def delete_reference_image(*, actor: User, reference_image_id: UUID) -> None:
    """Delete one of the actor's reference photos.

    Every file of it (photo, renditions, model-ready copy) goes once that is committed, as
    for every deleted row (`apps.core.storage.delete_row_files_on_commit`); its face
    embedding goes with the row, and the person's other photos are compared again.
    """
    lock_reference_image_slots(user=actor)
    reference_image = get_reference_image_for(actor=actor, reference_image_id=reference_image_id)
    record_audit_event(
        action=AuditEvent.Action.REFERENCE_DELETE, subject_user_id=actor.pk, obj=reference_image
    )
    reference_image.delete()
    refresh_match_to_others(user=actor)
