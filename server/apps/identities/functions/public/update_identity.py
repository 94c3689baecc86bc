from typing import Any
from uuid import UUID

from django.db import transaction

from apps.core.utils import model_update
from apps.identities.models import Identity
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User

from .get_identity_for import get_identity_for


@transaction.atomic
def update_identity(*, actor: User, identity_id: UUID, data: dict[str, Any]) -> Identity:
    """Change the name, category, statement or order of an identity the actor may reach."""
    identity, changed = model_update(
        instance=get_identity_for(actor=actor, identity_id=identity_id),
        fields=["name", "category", "i_am_statement", "order"],
        data=data,
    )
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_UPDATE,
        subject_user_id=identity.user_id,
        obj=identity,
        details={"changed": changed},
    )
    return identity
