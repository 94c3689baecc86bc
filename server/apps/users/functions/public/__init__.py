from .get_person_acted_for import get_person_acted_for

__all__ = ["get_person_acted_for"]
