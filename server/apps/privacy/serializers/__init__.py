from .audit_event_filter import AuditEventFilterSerializer
from .audit_event_output import AuditEventOutputSerializer
from .consent_choice_output import ConsentChoiceOutputSerializer
from .person_consent_output import PersonConsentOutputSerializer
from .person_consent_record_input import PersonConsentRecordInputSerializer
from .person_consent_step_output import PersonConsentStepOutputSerializer
from .privacy_notice_output import PrivacyNoticeOutputSerializer

__all__ = [
    "AuditEventFilterSerializer",
    "AuditEventOutputSerializer",
    "ConsentChoiceOutputSerializer",
    "PersonConsentOutputSerializer",
    "PersonConsentRecordInputSerializer",
    "PersonConsentStepOutputSerializer",
    "PrivacyNoticeOutputSerializer",
]
