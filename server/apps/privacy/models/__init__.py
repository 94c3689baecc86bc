from .audit_event import AuditEvent, AuditEventChangeError
from .person_consent import ConsentScope, PersonConsent

__all__ = ["AuditEvent", "AuditEventChangeError", "ConsentScope", "PersonConsent"]
