from .configured_provider import configured_provider
from .consent_choices import ConsentChoice, consent_choices
from .delete_files_until_gone import delete_files_until_gone
from .privacy_notice import PRIVACY_NOTICE_VERSION, PrivacyNotice, privacy_notice
from .reference_photo_retention import reference_photo_retention
from .retention_setting_errors import RETENTION_SETTINGS, retention_setting_errors
from .sha256_hex import sha256_hex
from .unsaved_poster_retention import unsaved_poster_retention

__all__ = [
    "PRIVACY_NOTICE_VERSION",
    "RETENTION_SETTINGS",
    "ConsentChoice",
    "PrivacyNotice",
    "configured_provider",
    "consent_choices",
    "delete_files_until_gone",
    "privacy_notice",
    "reference_photo_retention",
    "retention_setting_errors",
    "sha256_hex",
    "unsaved_poster_retention",
]
