from apps.core.export import ExportEntry, rows_as_json
from apps.privacy.models import AuditEvent
from apps.users.models import User


def export_audit_events(*, person: User) -> list[ExportEntry]:
    """The audit events about a person (whose data it was), oldest first, for their export."""
    events = AuditEvent.objects.filter(subject_user_id=person.pk).order_by("at")
    return [
        ExportEntry(path="audit_events.json", kind="audit_events", content=rows_as_json(events))
    ]
