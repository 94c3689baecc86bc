from typing import Any

from rest_framework.throttling import SimpleRateThrottle


class ConsentLinkThrottle(SimpleRateThrottle):
    """Requests to the consent link endpoints per client address (CONSENT_LINK_THROTTLE_RATE).

    They need no account, so a token could be guessed from anywhere: every request counts,
    whatever it answers. The address is the one the login throttle and the audit log use.
    """

    scope = "consent_link"

    def get_cache_key(self, request: Any, view: Any) -> str:
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
