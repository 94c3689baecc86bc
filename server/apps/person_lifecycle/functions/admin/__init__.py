from .erase_person import ErasureReport, erase_person
from .export_person import PersonExport, export_person
from .get_person_to_erase import get_person_to_erase
from .give_person_consent import give_person_consent
from .withdraw_person_consent import withdraw_person_consent

__all__ = [
    "ErasureReport",
    "PersonExport",
    "erase_person",
    "export_person",
    "get_person_to_erase",
    "give_person_consent",
    "withdraw_person_consent",
]
