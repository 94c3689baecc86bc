from .erase_person import ErasureReport, erase_person
from .give_person_consent import give_person_consent
from .withdraw_person_consent import withdraw_person_consent

__all__ = ["ErasureReport", "erase_person", "give_person_consent", "withdraw_person_consent"]
