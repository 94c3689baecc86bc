from .delete_consent_links_of import delete_consent_links_of
from .delete_consent_of import delete_consent_of
from .lock_consent_of import lock_consent_of
from .record_consent import record_consent
from .withdraw_consent_scopes import withdraw_consent_scopes

__all__ = [
    "delete_consent_links_of",
    "delete_consent_of",
    "lock_consent_of",
    "record_consent",
    "withdraw_consent_scopes",
]
