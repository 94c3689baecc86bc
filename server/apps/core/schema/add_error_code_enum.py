from typing import Any

from .api_error_codes import api_error_codes


def add_error_code_enum(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """A drf-spectacular postprocessing hook: the ErrorCodeEnum component an error body's
    `code` refers to (no serializer field carries the whole set, so none generates it)."""
    codes = api_error_codes()
    components = result.setdefault("components", {})
    enum = {
        "type": "string",
        "enum": codes,
        "description": "\n".join(f"* `{code}`" for code in codes),
    }
    components["schemas"] = dict(
        sorted({**components.get("schemas", {}), "ErrorCodeEnum": enum}.items())
    )
    return result
