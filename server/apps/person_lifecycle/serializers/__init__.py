from .erasure_report_output import ErasureReportOutputSerializer
from .person_consent_withdraw_input import PersonConsentWithdrawInputSerializer
from .person_erase_input import PersonEraseInputSerializer

__all__ = [
    "ErasureReportOutputSerializer",
    "PersonConsentWithdrawInputSerializer",
    "PersonEraseInputSerializer",
]
