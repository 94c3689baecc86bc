from .consent_link_viewset import ConsentLinkViewSet
from .person_privacy_viewset import PersonPrivacyViewSet

__all__ = ["ConsentLinkViewSet", "PersonPrivacyViewSet"]
