from .current_request import CurrentRequestMiddleware, current_request
from .record_audit_event import record_audit_event
from .request_client import RequestClient, request_client

__all__ = [
    "CurrentRequestMiddleware",
    "RequestClient",
    "current_request",
    "record_audit_event",
    "request_client",
]
