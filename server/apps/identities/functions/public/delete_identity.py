from uuid import UUID

from django.db import transaction

from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def delete_identity(*, actor: User, identity_id: UUID) -> None:
    """Delete an identity the actor may reach with its generation jobs.

    Their files (the identity's image, each job's poster, with renditions) go once that is
    committed, as for every deleted row (`apps.core.storage.delete_row_files_on_commit`).
    """
    identity = get_identity_for(actor=actor, identity_id=identity_id)
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_DELETE, subject_user_id=identity.user_id, obj=identity
    )
    identity.delete()
