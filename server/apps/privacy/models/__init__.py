from .audit_event import AuditEvent, AuditEventChangeError
from .person_consent import (
    ConsentChange,
    ConsentGivenBy,
    ConsentScope,
    PersonConsent,
    PersonConsentChangeError,
)

__all__ = [
    "AuditEvent",
    "AuditEventChangeError",
    "ConsentChange",
    "ConsentGivenBy",
    "ConsentScope",
    "PersonConsent",
    "PersonConsentChangeError",
]
