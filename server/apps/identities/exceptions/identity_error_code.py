from enum import StrEnum


class IdentityErrorCode(StrEnum):
    """The `code` of the errors the identities API answers with."""

    CURRENT_VERSION = "current_version"
