from .auth_viewset import AuthViewSet
from .throttled_admin_login import throttled_admin_login
from .user_viewset import UserViewSet

__all__ = ["AuthViewSet", "UserViewSet", "throttled_admin_login"]
