from .delete_consent_of import delete_consent_of

__all__ = ["delete_consent_of"]
