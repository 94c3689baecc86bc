from .identity_viewset import IdentityViewSet
from .my_identity_viewset import MyIdentityViewSet

__all__ = ["IdentityViewSet", "MyIdentityViewSet"]
