from .audit_event_filter import AuditEventFilterSerializer
from .audit_event_output import AuditEventOutputSerializer
from .erasure_report_output import ErasureReportOutputSerializer
from .person_consent_output import PersonConsentOutputSerializer
from .person_consent_record_input import PersonConsentRecordInputSerializer
from .person_consent_withdraw_input import PersonConsentWithdrawInputSerializer
from .person_erase_input import PersonEraseInputSerializer
from .privacy_notice_output import PrivacyNoticeOutputSerializer

__all__ = [
    "AuditEventFilterSerializer",
    "AuditEventOutputSerializer",
    "ErasureReportOutputSerializer",
    "PersonConsentOutputSerializer",
    "PersonConsentRecordInputSerializer",
    "PersonConsentWithdrawInputSerializer",
    "PersonEraseInputSerializer",
    "PrivacyNoticeOutputSerializer",
]
