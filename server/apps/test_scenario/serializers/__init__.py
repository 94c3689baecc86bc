from .test_user_output import TestUserOutputSerializer

__all__ = ["TestUserOutputSerializer"]
