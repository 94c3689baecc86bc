from .audit_event_viewset import AuditEventViewSet
from .privacy_viewset import PrivacyViewSet

__all__ = ["AuditEventViewSet", "PrivacyViewSet"]
