from enum import StrEnum


class PersonLifecycleErrorCode(StrEnum):
    """The `code` of the errors withdrawal and erasure answer with."""

    EMAIL_MISMATCH = "email_mismatch"
    NO_CONSENT = "no_consent"
