from .identity_viewset import IdentityViewSet

__all__ = ["IdentityViewSet"]
