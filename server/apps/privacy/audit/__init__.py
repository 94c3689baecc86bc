from .current_request import CurrentRequestMiddleware, current_request
from .record_audit_event import record_audit_event

__all__ = ["CurrentRequestMiddleware", "current_request", "record_audit_event"]
