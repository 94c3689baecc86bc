from .consent_link_throttle import ConsentLinkThrottle

__all__ = ["ConsentLinkThrottle"]
