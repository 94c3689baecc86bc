from .get_person_consent import get_person_consent
from .list_audit_events import list_audit_events
from .record_person_consent import record_person_consent

__all__ = [
    "get_person_consent",
    "list_audit_events",
    "record_person_consent",
]
