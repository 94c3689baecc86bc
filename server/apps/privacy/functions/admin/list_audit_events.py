from datetime import datetime
from uuid import UUID

from django.db.models import QuerySet

from apps.privacy.models import AuditEvent


def list_audit_events(
    *,
    subject_user_id: UUID | None = None,
    actor_id: UUID | None = None,
    action: str | None = None,
    since: datetime | None = None,
) -> QuerySet[AuditEvent]:
    """Staff: the audit log, newest first, narrowed by whichever filters are given."""
    events = AuditEvent.objects.all()
    if subject_user_id is not None:
        events = events.filter(subject_user_id=subject_user_id)
    if actor_id is not None:
        events = events.filter(actor_id=actor_id)
    if action:
        events = events.filter(action=action)
    if since is not None:
        events = events.filter(at__gte=since)
    return events
