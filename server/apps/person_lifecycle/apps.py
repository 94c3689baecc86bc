from django.apps import AppConfig


class PersonLifecycleConfig(AppConfig):
    """The top layer: what happens to all of a person's rows at once (erasure, withdrawal,
    the retention purge), through the functions each app offers for its own rows."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.person_lifecycle"
