from dataclasses import dataclass

from django.core.files import File
from PIL import Image

from apps.core.uploads import encode_image, normalise_uploaded_image
from services.faces import FaceBox, detect_faces, embed_faces

from .assess_image_quality import ImageQuality, assess_image_quality

MODEL_IMAGE_MAX_SIDE = 1536
MODEL_IMAGE_JPEG_QUALITY = 90


@dataclass(frozen=True)
class PreparedImage:
    """Everything an upload produces before anything is stored."""

    image_bytes: bytes  # the normalised photo, JPEG
    model_image_bytes: bytes  # the derivative sent to the image model, JPEG
    width: int
    height: int
    quality: ImageQuality
    face_embedding: bytes | None  # of the largest face, when faces may be matched


def _scaled(face: FaceBox, factor: float, width: int, height: int) -> FaceBox:
    x, y = round(face.x * factor), round(face.y * factor)
    return FaceBox(
        x=x,
        y=y,
        width=min(width - x, round(face.width * factor)),
        height=min(height - y, round(face.height * factor)),
        score=face.score,
        landmarks=tuple(value * factor for value in face.landmarks),
    )


def prepare_reference_image(*, file: File[bytes], embed: bool) -> PreparedImage:
    """Validate and normalise an uploaded photo (the core upload pipeline), then derive and
    check it, once, in memory; with `embed`, embed its largest face too.

    Raises ValidationError (400) or PayloadTooLarge (413) with a sentence when the file is
    refused; quality problems are warnings, never refusals.
    """
    image = normalise_uploaded_image(file=file).image
    width, height = image.size
    model_sized = image.copy()
    model_sized.thumbnail((MODEL_IMAGE_MAX_SIDE, MODEL_IMAGE_MAX_SIDE), Image.Resampling.LANCZOS)
    factor = width / model_sized.width
    found = detect_faces(image=model_sized)
    embedding = None
    if embed and found:
        embedding = embed_faces(image=model_sized, faces=found[:1])[0].tobytes()
    faces = [_scaled(face, factor, width, height) for face in found]
    return PreparedImage(
        image_bytes=encode_image(image=image),
        model_image_bytes=encode_image(image=model_sized, quality=MODEL_IMAGE_JPEG_QUALITY),
        width=width,
        height=height,
        quality=assess_image_quality(width=width, height=height, faces=faces),
        face_embedding=embedding,
    )
