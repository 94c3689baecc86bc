from .ensure_consent import ensure_consent, has_consent
from .get_consent_link_page import ConsentLinkPage, ShownNotice, get_consent_link_page
from .get_live_consent_link import LINK_INVALID, get_live_consent_link
from .record_consent_by_link import record_consent_by_link

__all__ = [
    "LINK_INVALID",
    "ConsentLinkPage",
    "ShownNotice",
    "ensure_consent",
    "get_consent_link_page",
    "get_live_consent_link",
    "has_consent",
    "record_consent_by_link",
]
