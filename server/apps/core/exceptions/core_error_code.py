from enum import StrEnum


class CoreErrorCode(StrEnum):
    """The `code` of the errors core answers with: the request itself, uploads, idempotency
    keys, the database, and the generic refusals every app raises."""

    # Generic refusals (Conflict, PayloadTooLarge, Unprocessable; DRF's ValidationError).
    CONFLICT = "conflict"
    TOO_LARGE = "too_large"
    UNPROCESSABLE = "unprocessable"
    INVALID = "invalid"
    # The request as Django and DRF read it.
    BAD_REQUEST = "bad_request"
    REQUEST_TOO_LARGE = "request_too_large"
    TOO_MANY_FIELDS = "too_many_fields"
    TOO_MANY_FILES = "too_many_files"
    JSON_TOO_DEEP = "json_too_deep"
    CSRF_FAILED = "csrf_failed"
    NOT_FOUND = "not_found"
    SERVER_ERROR = "server_error"
    DATABASE_BUSY = "database_busy"
    DATABASE_UNAVAILABLE = "database_unavailable"
    # An uploaded image.
    FILE_TOO_LARGE = "file_too_large"
    EMPTY_FILE = "empty_file"
    UNSUPPORTED_FORMAT = "unsupported_format"
    TOO_MANY_PIXELS = "too_many_pixels"
    TOO_SMALL = "too_small"
    INVALID_IMAGE = "invalid_image"
    # The Idempotency-Key header.
    INVALID_IDEMPOTENCY_KEY = "invalid_idempotency_key"
    IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"
    IDEMPOTENCY_REQUEST_IN_PROGRESS = "idempotency_request_in_progress"
