from enum import StrEnum


class ReferenceImageErrorCode(StrEnum):
    """The `code` of the errors the reference photos API answers with."""

    LIMIT_REACHED = "limit_reached"
    SLOT_TAKEN = "slot_taken"
