from .audit_event_filter import AuditEventFilterSerializer
from .audit_event_output import AuditEventOutputSerializer
from .person_consent_output import PersonConsentOutputSerializer
from .person_consent_record_input import PersonConsentRecordInputSerializer
from .privacy_notice_output import PrivacyNoticeOutputSerializer

__all__ = [
    "AuditEventFilterSerializer",
    "AuditEventOutputSerializer",
    "PersonConsentOutputSerializer",
    "PersonConsentRecordInputSerializer",
    "PrivacyNoticeOutputSerializer",
]
