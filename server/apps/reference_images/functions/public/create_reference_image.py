from django.core.files import File
from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.core.utils import files_removed_on_failure
from apps.privacy.audit import record_audit_event
from apps.privacy.functions.public import ensure_consent
from apps.privacy.models import AuditEvent
from apps.reference_images.exceptions import ReferenceImageErrorCode
from apps.reference_images.models import ReferenceImage
from apps.reference_images.utils import (
    StoredPreparedImage,
    can_match_faces,
    get_next_available_order,
    lock_reference_image_slots,
    prepare_reference_image,
    refresh_match_to_others,
    slot_taken_as_validation_error,
    store_prepared_image,
)
from apps.users.models import User


def create_reference_image(
    *,
    actor: User,
    image_file: File[bytes],
    name: str = "",
    order: int | None = None,
    person: User | None = None,
) -> ReferenceImage:
    """Add a photo to one of a person's five slots (the lowest free one unless `order` is
    given): the actor's own, or `person`'s, whom the caller found with `get_person_acted_for`.

    The photo is checked, normalised, derived and stored outside any transaction (on SQLite a
    transaction holds the one write lock, which a decode would keep from every other writer);
    then a short transaction takes the slot under a lock on the person's row, guarded by the
    unique constraint, so concurrent uploads never make a sixth image or a duplicate slot.
    An upload that finds no slot removes its files again. Nothing is stored for a person
    who has not consented (409 `consent_required`), checked again under the lock.
    """
    owner = person or actor
    ensure_consent(user_id=owner.pk)  # before any work
    stored = store_prepared_image(
        prepared=prepare_reference_image(file=image_file, embed=can_match_faces(owner))
    )
    with files_removed_on_failure(stored.names):
        return _take_slot(owner=owner, name=name, order=order, stored=stored)


@transaction.atomic
def _take_slot(
    *, owner: User, name: str, order: int | None, stored: StoredPreparedImage
) -> ReferenceImage:
    lock_reference_image_slots(user=owner)
    ensure_consent(user_id=owner.pk)  # not withdrawn meanwhile
    if order is None:
        chosen = get_next_available_order(user=owner)
    else:
        if ReferenceImage.objects.filter(user=owner, order=order).exists():
            raise ValidationError(
                {"order": [f"Slot {order} is already in use."]},
                code=ReferenceImageErrorCode.SLOT_TAKEN,
            )
        chosen = order
    reference_image = ReferenceImage(user=owner, name=name, order=chosen, **stored.fields)
    reference_image.full_clean(exclude=["image", "model_image"], validate_constraints=False)
    with slot_taken_as_validation_error(order=chosen, limit_reached=order is None):
        reference_image.save()
    refresh_match_to_others(user=owner)
    reference_image.refresh_from_db(fields=["match_to_others", "quality_warnings"])
    record_audit_event(
        action=AuditEvent.Action.REFERENCE_UPLOAD, subject_user_id=owner.pk, obj=reference_image
    )
    return reference_image
