from .create_consent_link import CreatedConsentLink, create_consent_link
from .get_consent_link_status import ConsentLinkStatus, get_consent_link_status
from .get_person_consent import get_person_consent
from .list_audit_events import list_audit_events
from .record_person_consent import record_person_consent
from .revoke_consent_link import revoke_consent_link

__all__ = [
    "ConsentLinkStatus",
    "CreatedConsentLink",
    "create_consent_link",
    "get_consent_link_status",
    "get_person_consent",
    "list_audit_events",
    "record_person_consent",
    "revoke_consent_link",
]
