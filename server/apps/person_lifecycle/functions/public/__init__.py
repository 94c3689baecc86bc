from .give_consent_by_link import give_consent_by_link
from .withdraw_consent_by_link import withdraw_consent_by_link

__all__ = ["give_consent_by_link", "withdraw_consent_by_link"]
