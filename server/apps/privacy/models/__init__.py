from .audit_event import AuditEvent, AuditEventChangeError
from .consent_link import ConsentLink
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
    "ConsentLink",
    "ConsentScope",
    "PersonConsent",
    "PersonConsentChangeError",
]
