from collections.abc import Iterator
from dataclasses import dataclass, field

from django.apps import apps
from django.core.files.storage import Storage, default_storage
from django.db import models
from versatileimagefield.fields import VersatileImageField

from apps.core.utils import image_file_names


@dataclass
class StorageReport:
    orphan_files: list[str] = field(default_factory=list)  # stored, but no row refers to them
    missing_files: list[tuple[str, str, str]] = field(default_factory=list)  # (model, pk, name)


def _walk(storage: Storage, folder: str = "") -> Iterator[str]:
    directories, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for directory in directories:
        yield from _walk(storage, f"{folder}/{directory}" if folder else directory)


def _file_fields() -> Iterator[tuple[type[models.Model], models.FileField]]:
    for model in apps.get_models():
        for model_field in model._meta.get_fields():
            if isinstance(model_field, models.FileField):
                yield model, model_field


def find_storage_orphans(*, storage: Storage = default_storage) -> StorageReport:
    """Files no row refers to, and rows whose file is gone, over every file field of every model.

    An image field's renditions count as referenced by its row.
    """
    report = StorageReport()
    referenced: set[str] = set()
    for model, file_field in _file_fields():
        # Plain values: loading rows would make image fields open their files for dimensions.
        rows = model._default_manager.exclude(**{file_field.name: ""}).values_list(
            "pk", file_field.attname
        )
        for pk, name in rows.iterator():
            if not name:
                continue
            names = [name]
            if isinstance(file_field, VersatileImageField):
                stored = file_field.attr_class(None, file_field, name)
                stored.ppoi = (0.5, 0.5)  # setting it builds the rendition sizers
                names = image_file_names(stored)
            referenced.update(names)
            if not storage.exists(name):
                report.missing_files.append((model._meta.label, str(pk), name))
    report.orphan_files = sorted(name for name in _walk(storage) if name not in referenced)
    return report
