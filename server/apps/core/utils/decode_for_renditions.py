import io

from PIL import Image, ImageOps
from versatileimagefield.fields import VersatileImageFieldFile

from .image_renditions import image_renditions


def decode_for_renditions(
    *, image: VersatileImageFieldFile, data: bytes, at_least: tuple[int, int] = (0, 0)
) -> Image.Image:
    """The upright pixels of `data`, the bytes stored as `image`, for its renditions and
    for whatever else needs them at `at_least` pixels: decoded once for all of them.

    A JPEG decodes at the smallest scale that still covers both (other formats decode whole).
    Raises Pillow's errors when `data` is not a readable image.
    """
    largest = image_renditions(image)[0]
    picture = Image.open(io.BytesIO(data))
    picture.draft(picture.mode, (max(largest.width, at_least[0]), max(largest.height, at_least[1])))
    ImageOps.exif_transpose(picture, in_place=True)
    picture.load()
    return picture
