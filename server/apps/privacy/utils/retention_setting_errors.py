from django.conf import settings

# Every setting that says how long something of a person is kept, with its unit: each must be
# a whole number of at least 1 of it.
RETENTION_SETTINGS = {
    "REFERENCE_PHOTO_RETENTION_DAYS": "day",
    "UNSAVED_POSTER_RETENTION_DAYS": "day",
    "IDEMPOTENCY_KEY_TTL_H": "hour",
    "CONSENT_LINK_TTL_H": "hour",
}


def retention_setting_errors() -> list[str]:
    """A sentence naming each retention setting that is not a whole number of at least 1."""
    errors = []
    for name, unit in RETENTION_SETTINGS.items():
        value = getattr(settings, name)
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(
                f"{name} must be a whole number of {unit}s (at least 1); it is {value!r}."
            )
        elif value < 1:
            errors.append(f"{name} must be at least 1 {unit}; it is {value}.")
    return errors
