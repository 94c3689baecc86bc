from .error_body_output import ERROR_BODY_SERIALIZER, ErrorCodeField
from .versatile_image_field_with_sizes import VersatileImageFieldWithSizes

__all__ = ["ERROR_BODY_SERIALIZER", "ErrorCodeField", "VersatileImageFieldWithSizes"]
