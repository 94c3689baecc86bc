from .delete_consent_links_of import delete_consent_links_of
from .delete_consent_of import delete_consent_of
from .export_audit_events import export_audit_events
from .export_consent_history import export_consent_history
from .lock_consent_of import lock_consent_of
from .record_consent import record_consent
from .withdraw_consent_scopes import withdraw_consent_scopes

__all__ = [
    "delete_consent_links_of",
    "delete_consent_of",
    "export_audit_events",
    "export_consent_history",
    "lock_consent_of",
    "record_consent",
    "withdraw_consent_scopes",
]
