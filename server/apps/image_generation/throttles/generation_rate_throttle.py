from rest_framework.throttling import UserRateThrottle


class GenerationRateThrottle(UserRateThrottle):
    """Posters each admin may ask for: the "generation" rate (GENERATION_RATE)."""

    scope = "generation"
