from .base_model import BaseModel
from .image_mixin import ImageMixin, random_image_path

__all__ = ["BaseModel", "ImageMixin", "random_image_path"]
