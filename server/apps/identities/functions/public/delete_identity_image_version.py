from uuid import UUID

from django.db import transaction

from apps.core.exceptions import Conflict
from apps.identities.exceptions import IdentityErrorCode
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User

from .get_identity_image_version_for import get_identity_image_version_for


@transaction.atomic
def delete_identity_image_version(*, actor: User, identity_id: UUID, version_id: UUID) -> None:
    """Delete an image version of an identity the actor may reach; its files go once that is
    committed. The current one cannot be deleted: restore another or remove the image first."""
    version = get_identity_image_version_for(
        actor=actor, identity_id=identity_id, version_id=version_id, for_update=True
    )
    if version.identity.current_version_id == version.pk:
        raise Conflict(
            "This is the identity's current image, so it cannot be deleted. Restore another "
            "version or remove the image first.",
            code=IdentityErrorCode.CURRENT_VERSION,
        )
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_VERSION_DELETE,
        subject_user_id=version.identity.user_id,
        obj=version,
    )
    version.delete()
