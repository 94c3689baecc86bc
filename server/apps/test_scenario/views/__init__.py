from .test_user_viewset import TestUserViewSet

__all__ = ["TestUserViewSet"]
