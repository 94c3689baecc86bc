from enum import StrEnum


class PrivacyErrorCode(StrEnum):
    """The `code` of the errors the consent and notice API answers with."""

    CONSENT_REQUIRED = "consent_required"
    NOTICE_OUTDATED = "notice_outdated"
