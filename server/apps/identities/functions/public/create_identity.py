from django.db import transaction

from apps.identities.models import Identity
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User


@transaction.atomic
def create_identity(
    *,
    actor: User,
    name: str,
    category: str = "",
    i_am_statement: str = "",
    order: int = 0,
    person: User | None = None,
) -> Identity:
    """Create an identity of the actor's, or of `person`, whom the caller found with
    `get_person_acted_for`."""
    identity = Identity(
        user=person or actor,
        name=name,
        category=category,
        i_am_statement=i_am_statement,
        order=order,
    )
    identity.full_clean()
    identity.save()
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_CREATE, subject_user_id=identity.user_id, obj=identity
    )
    return identity
