from .ensure_consent import ensure_consent, has_consent

__all__ = ["ensure_consent", "has_consent"]
