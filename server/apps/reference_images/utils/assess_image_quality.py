from dataclasses import dataclass, field

from services.faces import FaceBox

from .quality_warning_code import QualityWarningCode

LOW_RESOLUTION_SHORT_SIDE = 512
MIN_FACE_FRACTION = 0.1


@dataclass(frozen=True)
class QualityWarning:
    code: str
    message: str


@dataclass(frozen=True)
class ImageQuality:
    faces: int
    face_box: list[int] | None
    warnings: list[QualityWarning] = field(default_factory=list)


def assess_image_quality(*, width: int, height: int, faces: list[FaceBox]) -> ImageQuality:
    """Advice on how well a photo will serve as a reference; it never refuses the photo.

    `faces` are in the photo's pixels, largest first.
    """
    warnings = []
    if not faces:
        warnings.append(
            QualityWarning(
                code=QualityWarningCode.NO_FACE,
                message="No face was found in this photo, so it will not be sent with posters. "
                "Use a photo where the person's face is clearly visible.",
            )
        )
    elif len(faces) > 1:
        warnings.append(
            QualityWarning(
                code=QualityWarningCode.MULTIPLE_FACES,
                message=f"{len(faces)} faces were found in this photo. A photo of the person "
                "alone works best.",
            )
        )
    if faces and max(faces[0].width, faces[0].height) < MIN_FACE_FRACTION * min(width, height):
        warnings.append(
            QualityWarning(
                code=QualityWarningCode.FACE_TOO_SMALL,
                message="The face is a small part of this photo. A closer photo (head and "
                "shoulders) works better.",
            )
        )
    if min(width, height) < LOW_RESOLUTION_SHORT_SIDE:
        warnings.append(
            QualityWarning(
                code=QualityWarningCode.LOW_RESOLUTION,
                message=f"This photo is only {width}x{height} pixels. A photo at least "
                f"{LOW_RESOLUTION_SHORT_SIDE} pixels on its shorter side gives better results.",
            )
        )
    box = faces[0] if faces else None
    return ImageQuality(
        faces=len(faces),
        face_box=[box.x, box.y, box.width, box.height] if box else None,
        warnings=warnings,
    )
