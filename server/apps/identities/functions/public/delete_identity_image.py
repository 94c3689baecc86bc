from uuid import UUID

from django.db import transaction

from apps.identities.models import Identity
from apps.identities.utils import point_identity_at_version
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def delete_identity_image(*, actor: User, identity_id: UUID) -> Identity:
    """Take the image off an identity the actor may reach: no current version any more. The
    versions stay, with their files, to be restored or deleted one by one."""
    locked = get_identity_for(actor=actor, identity_id=identity_id, for_update=True)
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_IMAGE_CLEAR, subject_user_id=locked.user_id, obj=locked
    )
    return point_identity_at_version(identity=locked, version=None)
