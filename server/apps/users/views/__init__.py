from .auth_viewset import AuthViewSet
from .user_viewset import UserViewSet

__all__ = ["AuthViewSet", "UserViewSet"]
