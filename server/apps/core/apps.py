from typing import Any

from django.apps import AppConfig, apps
from django.core import checks
from django.db import models
from django.db.models.signals import pre_delete


class CoreConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "apps.core"

    def ready(self) -> None:
        from apps.core.storage import delete_row_files_on_commit

        checks.register(_face_models_present)

        # Infrastructure, not business logic: a row's files must go with the row however it
        # is deleted (a function, a cascade from its owner, a queryset, the Django admin),
        # and a signal is the one place every deletion passes. With a receiver connected,
        # Django deletes cascades and querysets row by row, sending it for each.
        for model in apps.get_models():
            if any(isinstance(f, models.FileField) for f in model._meta.concrete_fields):
                pre_delete.connect(
                    delete_row_files_on_commit,
                    sender=model,
                    dispatch_uid=f"delete_row_files_on_commit:{model._meta.label}",
                )


def _face_models_present(**_kwargs: Any) -> list[checks.CheckMessage]:
    """Every start (runserver, migrate, the workers) stops with a sentence when a face model
    file is missing, instead of the first upload failing."""
    from services.faces import missing_face_models

    return [checks.Error(sentence, id="core.E001") for sentence in missing_face_models()]
