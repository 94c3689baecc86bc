"""Image bytes and uploads made with Pillow, for every app's tests."""

import io
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

FIXTURE_IMAGES = Path(__file__).resolve().parents[1] / "fixtures" / "images"


def fixture_image(name: str) -> Image.Image:
    """One of the test photos in server/fixtures/images (astronaut, camera, coffee, chelsea)."""
    with Image.open(FIXTURE_IMAGES / f"{name}.png") as image:
        image.load()
        return image


def image_bytes(image: Image.Image, format: str = "JPEG", **params: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=format, **params)
    return buffer.getvalue()


def upload(
    data: bytes, name: str = "photo.jpg", content_type: str = "image/jpeg"
) -> SimpleUploadedFile:
    """Bytes as a browser would upload them."""
    return SimpleUploadedFile(name, data, content_type=content_type)


def plain_upload(
    size: tuple[int, int] = (640, 480), color: tuple[int, int, int] = (90, 140, 200)
) -> SimpleUploadedFile:
    """A quick synthetic JPEG (no face) for tests about slots and access, not about faces."""
    return upload(image_bytes(Image.new("RGB", size, color)))


def jpeg_with_location(
    size: tuple[int, int] = (1600, 1200), *, picture: Image.Image | None = None
) -> bytes:
    """A phone-like JPEG (of `picture`, or a plain one of `size`) whose EXIF holds a camera
    make, an orientation and a GPS position."""
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneMaker"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (51.0, 30.0, 12.0)
    gps[ExifTags.GPS.GPSLongitudeRef] = "W"
    gps[ExifTags.GPS.GPSLongitude] = (0.0, 7.0, 40.0)
    picture = picture or Image.new("RGB", size, (90, 140, 200))
    data = image_bytes(picture, quality=90, exif=exif.tobytes())
    with Image.open(io.BytesIO(data)) as check:
        assert check.getexif().get_ifd(ExifTags.IFD.GPSInfo), "the photo has a location"
    return data
