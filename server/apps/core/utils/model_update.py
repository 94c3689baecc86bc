from typing import Any, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


def model_update(*, instance: M, fields: list[str], data: dict[str, Any]) -> tuple[M, bool]:
    """Set the given fields that are present in `data`, validate, and save only what changed."""
    changed = [
        field for field in fields if field in data and getattr(instance, field) != data[field]
    ]
    for field in changed:
        setattr(instance, field, data[field])
    if changed:
        instance.full_clean()
        update_fields = changed + (["updated_at"] if hasattr(instance, "updated_at") else [])
        instance.save(update_fields=update_fields)
    return instance, bool(changed)
