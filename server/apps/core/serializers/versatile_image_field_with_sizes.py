from typing import Any

from drf_spectacular.utils import extend_schema_field
from versatileimagefield.serializers import VersatileImageFieldSerializer

# Local storage answers a path ("/media/…?signature=…"), S3 an absolute URL: both are
# URI references, not always absolute URIs.
_URL = {"type": "string", "format": "uri-reference", "readOnly": True}


@extend_schema_field(
    {
        "type": "object",
        "nullable": True,
        "properties": {"full_size": _URL, "medium": _URL, "thumbnail": _URL},
        "required": ["full_size", "medium", "thumbnail"],
    }
)
class VersatileImageFieldWithSizes(VersatileImageFieldSerializer):  # type: ignore[misc]
    """An image as the URLs of its renditions: full_size, medium and thumbnail (or null)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("read_only", True)
        super().__init__(sizes="image_sizes", **kwargs)

    def to_representation(self, value: Any) -> dict[str, str] | None:
        if not value:
            return None
        renditions: dict[str, str] = super().to_representation(value)
        return renditions
