import hashlib
from typing import Any

from rest_framework.throttling import SimpleRateThrottle

from .login_email import login_email


class LoginAccountThrottle(SimpleRateThrottle):
    """Sign-in attempts per account, from whatever addresses they come."""

    scope = "login_account"

    def get_cache_key(self, request: Any, view: Any) -> str | None:
        email = login_email(request)
        if not email:
            return None  # the input check answers it; there is no account to count
        digest = hashlib.sha256(email.encode()).hexdigest()  # no address in the cache table
        return self.cache_format % {"scope": self.scope, "ident": digest}
