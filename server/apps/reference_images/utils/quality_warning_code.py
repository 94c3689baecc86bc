from enum import StrEnum


class QualityWarningCode(StrEnum):
    """What a photo's quality warnings may say; warnings never refuse a photo."""

    NO_FACE = "no_face"
    MULTIPLE_FACES = "multiple_faces"
    FACE_TOO_SMALL = "face_too_small"
    LOW_RESOLUTION = "low_resolution"
    DIFFERENT_PERSON = "different_person"


# Its values, as the API's choices (and the schema's QualityWarningCodeEnum).
QUALITY_WARNING_CODES = tuple(code.value for code in QualityWarningCode)
