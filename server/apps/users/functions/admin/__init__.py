from .get_user import get_user

__all__ = ["get_user"]
