from .delete_consent_of import delete_consent_of
from .export_audit_events import export_audit_events
from .export_consent_history import export_consent_history

__all__ = [
    "delete_consent_of",
    "export_audit_events",
    "export_consent_history",
]
