from .delete_files_until_gone import delete_files_until_gone
from .privacy_notice import PRIVACY_NOTICE_VERSION, PrivacyNotice, privacy_notice
from .retention_rules import (
    expired_reference_photos,
    expired_unsaved_posters,
    poster_deletes_at,
    reference_photo_deletes_at,
)

__all__ = [
    "PRIVACY_NOTICE_VERSION",
    "PrivacyNotice",
    "delete_files_until_gone",
    "expired_reference_photos",
    "expired_unsaved_posters",
    "poster_deletes_at",
    "privacy_notice",
    "reference_photo_deletes_at",
]
