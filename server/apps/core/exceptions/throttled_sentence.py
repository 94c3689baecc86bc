import math


def throttled_sentence(wait_s: float | None) -> str:
    """What a person reads when they have tried too often."""
    if wait_s is None:
        return "Too many attempts. Please wait a moment and try again."
    seconds = max(1, math.ceil(wait_s))
    unit = "second" if seconds == 1 else "seconds"
    return f"Too many attempts. Please try again in {seconds} {unit}."
