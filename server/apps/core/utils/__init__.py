from .delete_files_on_commit import delete_files_on_commit
from .image_file_names import image_file_names
from .image_renditions import Rendition, image_renditions
from .model_update import model_update
from .replace_image_file import replace_image_file
from .warm_image_renditions import warm_image_renditions

__all__ = [
    "Rendition",
    "delete_files_on_commit",
    "image_file_names",
    "image_renditions",
    "model_update",
    "replace_image_file",
    "warm_image_renditions",
]
