from .versatile_image_field_with_sizes import VersatileImageFieldWithSizes

__all__ = ["VersatileImageFieldWithSizes"]
