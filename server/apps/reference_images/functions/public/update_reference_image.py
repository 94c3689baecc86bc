from typing import Any
from uuid import UUID

from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.core.utils import model_update
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.reference_images.exceptions import ReferenceImageErrorCode
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import (
    lock_reference_image_slots,
    slot_taken_as_validation_error,
)
from apps.users.models import User

from .get_reference_image_for import get_reference_image_for


@transaction.atomic
def update_reference_image(
    *, actor: User, reference_image_id: UUID, data: dict[str, Any]
) -> ReferenceImage:
    """Rename a reference photo the actor may reach or move it to a free slot."""
    reference_image = get_reference_image_for(actor=actor, reference_image_id=reference_image_id)
    order = data.get("order")
    if order is not None and order != reference_image.order:
        lock_reference_image_slots(user=reference_image.user)
        taken = (
            ReferenceImage.objects.filter(user_id=reference_image.user_id, order=order)
            .exclude(pk=reference_image.pk)
            .exists()
        )
        if taken:
            raise ValidationError(
                {"order": [f"Slot {order} is already in use."]},
                code=ReferenceImageErrorCode.SLOT_TAKEN,
            )
    with slot_taken_as_validation_error(order=order or 0, limit_reached=False):
        reference_image, changed = model_update(
            instance=reference_image, fields=["name", "order"], data=data
        )
    record_audit_event(
        action=AuditEvent.Action.REFERENCE_UPDATE,
        subject_user_id=reference_image.user_id,
        obj=reference_image,
        details={"changed": changed},
    )
    return reference_image
