from .create_identity_for_user import create_identity_for_user

__all__ = ["create_identity_for_user"]
