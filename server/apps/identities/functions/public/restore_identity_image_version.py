from uuid import UUID

from django.db import transaction

from apps.identities.models import Identity
from apps.identities.utils import point_identity_at_version
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User

from .get_identity_image_version_for import get_identity_image_version_for


@transaction.atomic
def restore_identity_image_version(*, actor: User, identity_id: UUID, version_id: UUID) -> Identity:
    """Make an earlier image of an identity the actor may reach current again: the pointer
    moves, nothing is copied; restoring the one before undoes it."""
    version = get_identity_image_version_for(
        actor=actor, identity_id=identity_id, version_id=version_id, for_update=True
    )
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_VERSION_RESTORE,
        subject_user_id=version.identity.user_id,
        obj=version,
    )
    return point_identity_at_version(identity=version.identity, version=version)
