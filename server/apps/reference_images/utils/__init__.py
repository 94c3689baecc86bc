from .assess_image_quality import ImageQuality, QualityWarning, assess_image_quality
from .can_match_faces import can_match_faces
from .get_next_available_order import get_next_available_order
from .lock_reference_image_slots import lock_reference_image_slots
from .photo_limits import PhotoLimits, photo_limits
from .prepare_reference_image import PreparedImage, prepare_reference_image
from .quality_warning_code import QUALITY_WARNING_CODES, QualityWarningCode
from .reference_photo_deletes_at import reference_photo_deletes_at
from .refresh_match_to_others import refresh_match_to_others
from .slot_taken_as_validation_error import slot_taken_as_validation_error
from .store_prepared_image import StoredPreparedImage, store_prepared_image

__all__ = [
    "QUALITY_WARNING_CODES",
    "ImageQuality",
    "PhotoLimits",
    "PreparedImage",
    "QualityWarning",
    "QualityWarningCode",
    "StoredPreparedImage",
    "assess_image_quality",
    "can_match_faces",
    "get_next_available_order",
    "lock_reference_image_slots",
    "photo_limits",
    "prepare_reference_image",
    "reference_photo_deletes_at",
    "refresh_match_to_others",
    "slot_taken_as_validation_error",
    "store_prepared_image",
]
