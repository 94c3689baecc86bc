from typing import Any
from uuid import UUID

from django.db import models, transaction

from apps.privacy.models import AuditEvent
from apps.users.models import User

from .current_request import current_request
from .request_client import request_client

_FROM_REQUEST: Any = object()


def _request_actor_id() -> UUID | None:
    request = current_request()
    user = getattr(request, "user", None)  # DRF sets it on the request once authenticated
    return user.pk if user is not None and user.is_authenticated else None


def record_audit_event(
    *,
    action: AuditEvent.Action,
    subject_user_id: UUID | None,
    obj: models.Model | None = None,
    details: dict[str, Any] | None = None,
    actor: User | None = _FROM_REQUEST,
) -> AuditEvent:
    """Append one event to the audit log, inside the caller's transaction.

    Call it from the function that makes the change, in its transaction, so the event and
    the change commit or roll back together. The actor is the signed-in user of the request
    being served unless given (None: the system, e.g. the retention schedule). `details`
    hold ids and counts, never names, e-mails or file contents.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("An audit event is written in the transaction of its change.")
    actor_id = _request_actor_id() if actor is _FROM_REQUEST else (actor.pk if actor else None)
    event = AuditEvent(
        actor_id=actor_id,
        subject_user_id=subject_user_id,
        action=action,
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        ip=request_client(current_request()).ip,
        details=details or {},
    )
    event.save()
    return event
