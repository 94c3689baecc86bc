from typing import Any

from django.apps import AppConfig
from django.core import checks


class PrivacyConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.privacy"

    def ready(self) -> None:
        checks.register(_retention_settings_valid)


def _retention_settings_valid(**_kwargs: Any) -> list[checks.CheckMessage]:
    """Every start (runserver, migrate, the workers, every command) stops with a sentence
    naming a retention setting that is not a whole number of at least 1, instead of the
    purge failing later or keeping data for no time at all."""
    from apps.privacy.utils import retention_setting_errors

    return [checks.Error(sentence, id="privacy.E001") for sentence in retention_setting_errors()]
