from .delete_files_until_gone import delete_files_until_gone
from .privacy_notice import PRIVACY_NOTICE_VERSION, PrivacyNotice, privacy_notice
from .retention_periods import reference_photo_retention, unsaved_poster_retention
from .retention_setting_errors import RETENTION_SETTINGS, retention_setting_errors

__all__ = [
    "PRIVACY_NOTICE_VERSION",
    "RETENTION_SETTINGS",
    "PrivacyNotice",
    "delete_files_until_gone",
    "privacy_notice",
    "reference_photo_retention",
    "retention_setting_errors",
    "unsaved_poster_retention",
]
