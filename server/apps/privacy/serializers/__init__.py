from .audit_event_filter import AuditEventFilterSerializer
from .audit_event_output import AuditEventOutputSerializer
from .consent_choice_output import ConsentChoiceOutputSerializer
from .consent_link_consent_output import ConsentLinkConsentOutputSerializer
from .consent_link_created_output import CONSENT_LINK_PATH, ConsentLinkCreatedOutputSerializer
from .consent_link_give_input import ConsentLinkGiveInputSerializer
from .consent_link_notice_output import ConsentLinkNoticeOutputSerializer
from .consent_link_page_output import ConsentLinkPageOutputSerializer
from .consent_link_status_output import ConsentLinkStatusOutputSerializer
from .person_consent_output import PersonConsentOutputSerializer
from .person_consent_record_input import PersonConsentRecordInputSerializer
from .person_consent_step_output import PersonConsentStepOutputSerializer
from .privacy_notice_output import PrivacyNoticeOutputSerializer

__all__ = [
    "CONSENT_LINK_PATH",
    "AuditEventFilterSerializer",
    "AuditEventOutputSerializer",
    "ConsentChoiceOutputSerializer",
    "ConsentLinkConsentOutputSerializer",
    "ConsentLinkCreatedOutputSerializer",
    "ConsentLinkGiveInputSerializer",
    "ConsentLinkNoticeOutputSerializer",
    "ConsentLinkPageOutputSerializer",
    "ConsentLinkStatusOutputSerializer",
    "PersonConsentOutputSerializer",
    "PersonConsentRecordInputSerializer",
    "PersonConsentStepOutputSerializer",
    "PrivacyNoticeOutputSerializer",
]
