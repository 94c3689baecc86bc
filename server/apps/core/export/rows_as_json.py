import base64
import json
from collections.abc import Iterable
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models.fields.files import FieldFile


def _value(row: models.Model, field: models.Field[Any, Any]) -> Any:
    value = field.value_from_object(row)
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode()
    return value


def rows_as_json(rows: Iterable[models.Model]) -> bytes:
    """Every stored field of each row, as indented JSON: what a person's export holds of the
    rows themselves (files by their stored name, binary fields in base64). Every field, so
    a field added later is exported without anyone remembering to."""
    listed = [
        {field.attname: _value(row, field) for field in row._meta.concrete_fields} for row in rows
    ]
    return json.dumps(listed, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False).encode()
