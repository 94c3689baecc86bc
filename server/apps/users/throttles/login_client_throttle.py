from typing import Any

from rest_framework.throttling import SimpleRateThrottle


class LoginClientThrottle(SimpleRateThrottle):
    """Sign-in attempts per client address.

    The address is the connection's, unless TRUSTED_PROXY_COUNT proxies stand in front
    (DRF's NUM_PROXIES): then the one those proxies appended to X-Forwarded-For, never a
    value the client wrote itself.
    """

    scope = "login"

    def get_cache_key(self, request: Any, view: Any) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
