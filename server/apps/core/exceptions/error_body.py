from typing import Any

from django.http import JsonResponse


def error_body(
    detail: str, code: str, fields: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    """The one shape of every API error: a sentence for a person, a code for the client."""
    body: dict[str, Any] = {"detail": detail, "code": code}
    if fields:
        body["fields"] = fields
    return body


def error_response(
    detail: str, code: str, *, status: int, retry_after_s: int | None = None
) -> JsonResponse:
    """An API error answered outside DRF (middleware, Django's error views)."""
    response = JsonResponse(error_body(detail, code), status=status)
    if retry_after_s is not None:
        response["Retry-After"] = str(retry_after_s)
    return response
