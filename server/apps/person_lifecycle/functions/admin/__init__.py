from .erase_person import ErasureReport, erase_person
from .withdraw_person_consent import withdraw_person_consent

__all__ = ["ErasureReport", "erase_person", "withdraw_person_consent"]
