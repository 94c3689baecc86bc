import io

from PIL import Image


def encode_jpeg(*, image: Image.Image, quality: int) -> bytes:
    """JPEG bytes of an RGB image, with no metadata."""
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()
