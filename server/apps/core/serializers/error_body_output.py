from drf_spectacular.utils import extend_schema_field, inline_serializer
from rest_framework import serializers


@extend_schema_field(
    {
        "anyOf": [{"$ref": "#/components/schemas/ErrorCodeEnum"}, {"type": "string"}],
        "description": "What went wrong, for the client to act on: one of ErrorCodeEnum, or, "
        "for a validation error, the code of its first field's error (DRF's own: required, "
        "blank, max_length, ...).",
    }
)
class ErrorCodeField(serializers.CharField):
    """The `code` of an error body."""


# The one shape of every API error (`apps.core.exceptions.error_body`), for the schema. Inline:
# a declared field named `fields` would hide the serializer's own `fields`.
ERROR_BODY_SERIALIZER = inline_serializer(
    "ErrorBody",
    {
        "detail": serializers.CharField(help_text="A sentence a person understands."),
        "code": ErrorCodeField(),
        "fields": serializers.DictField(
            child=serializers.ListField(child=serializers.CharField()),
            required=False,
            help_text="A validation error's messages, by field name.",
        ),
    },
)
