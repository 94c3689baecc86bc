from .identity_error_code import IdentityErrorCode

__all__ = ["IdentityErrorCode"]
