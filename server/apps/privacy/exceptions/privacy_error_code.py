from enum import StrEnum


class PrivacyErrorCode(StrEnum):
    """The `code` of the errors the consent and notice API answers with."""

    CONSENT_LINK_INVALID = "consent_link_invalid"
    CONSENT_REQUIRED = "consent_required"
    NOTE_REQUIRED = "note_required"
    NOTHING_AGREED = "nothing_agreed"
    NOTICE_OUTDATED = "notice_outdated"
