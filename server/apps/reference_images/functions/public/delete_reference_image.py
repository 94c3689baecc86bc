from uuid import UUID

from django.db import transaction

from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.reference_images.functions.system import delete_reference_photos
from apps.users.models import User

from .get_reference_image_for import get_reference_image_for


@transaction.atomic
def delete_reference_image(*, actor: User, reference_image_id: UUID) -> None:
    """Delete a reference photo the actor may reach (through the one path every deletion of
    a photo takes: `delete_reference_photos`)."""
    reference_image = get_reference_image_for(actor=actor, reference_image_id=reference_image_id)
    record_audit_event(
        action=AuditEvent.Action.REFERENCE_DELETE,
        subject_user_id=reference_image.user_id,
        obj=reference_image,
    )
    delete_reference_photos(person=reference_image.user, reference_image_ids=[reference_image.pk])
