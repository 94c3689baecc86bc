from .person_privacy_viewset import PersonPrivacyViewSet

__all__ = ["PersonPrivacyViewSet"]
