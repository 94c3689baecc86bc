import io

from PIL import Image

STORED_JPEG_QUALITY = 92


def encode_image(
    *, image: Image.Image, image_format: str = "JPEG", quality: int = STORED_JPEG_QUALITY
) -> bytes:
    """JPEG (at `quality`) or PNG bytes of a normalised image, with no metadata.

    Nothing from the source file is passed to the encoder, so no EXIF, GPS, XMP, ICC profile
    or text chunk can be written.
    """
    buffer = io.BytesIO()
    if image_format == "PNG":
        image.save(buffer, format="PNG")
    else:
        image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()
