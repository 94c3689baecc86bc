from typing import Any

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse

from apps.core.serializers import ERROR_BODY_SERIALIZER

_ERROR = OpenApiResponse(
    response=ERROR_BODY_SERIALIZER,
    description="Refused or failed: a sentence for a person, a code for the client.",
)


class ApiAutoSchema(AutoSchema):
    """drf-spectacular's schema of an operation, with its errors: any 4xx or 5xx status the
    operation does not list itself answers in the one error shape."""

    def _get_response_bodies(self, direction: Any = "response") -> dict[str, Any]:
        responses: dict[str, Any] = super()._get_response_bodies(direction)
        for status_range in ("4XX", "5XX"):
            responses.setdefault(
                status_range,
                self._get_response_for_code(  # type: ignore[no-untyped-call]
                    _ERROR, status_range, direction=direction
                ),
            )
        return responses
