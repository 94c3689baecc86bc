from .privacy_error_code import PrivacyErrorCode

__all__ = ["PrivacyErrorCode"]
