from dataclasses import dataclass
from typing import Any, cast

from django.http import HttpRequest
from rest_framework.throttling import BaseThrottle

USER_AGENT_MAX_LENGTH = 512


@dataclass(frozen=True)
class RequestClient:
    """Where a request came from, as a consent or an audit event records it."""

    ip: str | None
    user_agent: str


def request_client(request: HttpRequest | None) -> RequestClient:
    """The client's address as the throttles see it (the connection's, or the one our
    TRUSTED_PROXY_COUNT proxies appended to X-Forwarded-For), and its user agent."""
    if request is None:
        return RequestClient(ip=None, user_agent="")
    ip = BaseThrottle().get_ident(cast(Any, request)) or None  # reads only META
    user_agent = str(request.META.get("HTTP_USER_AGENT", ""))[:USER_AGENT_MAX_LENGTH]
    return RequestClient(ip=ip, user_agent=user_agent)
