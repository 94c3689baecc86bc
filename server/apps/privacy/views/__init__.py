from .audit_event_viewset import AuditEventViewSet
from .person_privacy_viewset import PersonPrivacyViewSet
from .privacy_viewset import PrivacyViewSet

__all__ = ["AuditEventViewSet", "PersonPrivacyViewSet", "PrivacyViewSet"]
