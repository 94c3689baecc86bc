from collections.abc import Mapping
from typing import Any

from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser

from apps.core.exceptions import CoreErrorCode

# No body of this API nests at all; this leaves room for any that ever does.
MAX_JSON_DEPTH = 32

_TOO_DEEP = (
    f"The request body is nested too deeply; at most {MAX_JSON_DEPTH} levels of arrays and "
    "objects are accepted."
)


def _nested_deeper_than(data: Any, limit: int) -> bool:
    pending = [(data, 1)]
    while pending:  # a loop, not recursion: the depth is what is being checked
        value, depth = pending.pop()
        if isinstance(value, Mapping | list):
            if depth > limit:
                return True
            children = value.values() if isinstance(value, Mapping) else value
            pending.extend((child, depth + 1) for child in children)
    return False


class DepthLimitedJSONParser(JSONParser):
    """DRF's JSON parser, refusing (400, `json_too_deep`) arrays and objects nested more than
    MAX_JSON_DEPTH levels deep, however deep: past the interpreter's recursion limit the
    decoder raises RecursionError, which DRF's parser lets through as a 500."""

    def parse(
        self,
        stream: Any,
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as error:
            raise ParseError(_TOO_DEEP, code=CoreErrorCode.JSON_TOO_DEEP) from error
        if _nested_deeper_than(data, MAX_JSON_DEPTH):
            raise ParseError(_TOO_DEEP, code=CoreErrorCode.JSON_TOO_DEEP)
        return data
