from django.db import models
from versatileimagefield.fields import VersatileImageFieldFile

from .image_file_names import image_file_names


def row_file_names(*, instance: models.Model) -> list[str]:
    """Every stored file of a row: each file field's file and, for an image, its renditions.

    A file field the row was loaded without (`only()`, `defer()`) is read from the database.
    """
    file_fields = [
        field for field in instance._meta.concrete_fields if isinstance(field, models.FileField)
    ]
    missing = [field.attname for field in file_fields if field.attname not in instance.__dict__]
    if missing:
        instance.refresh_from_db(fields=missing)
    names: list[str] = []
    for field in file_fields:
        stored = getattr(instance, field.attname)
        if isinstance(stored, VersatileImageFieldFile):
            names.extend(image_file_names(stored))
        elif stored:
            names.append(stored.name)
    return names
