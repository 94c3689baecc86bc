from .generation_rate_throttle import GenerationRateThrottle

__all__ = ["GenerationRateThrottle"]
