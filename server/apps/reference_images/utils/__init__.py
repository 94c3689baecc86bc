from .assess_image_quality import ImageQuality, QualityWarning, assess_image_quality
from .detect_faces import FaceBox, detect_faces
from .get_next_available_order import get_next_available_order
from .lock_reference_image_slots import lock_reference_image_slots
from .prepare_reference_image import PreparedImage, prepare_reference_image
from .slot_taken_as_validation_error import slot_taken_as_validation_error
from .store_prepared_image import StoredPreparedImage, store_prepared_image
from .yunet_model_path import yunet_model_path

__all__ = [
    "FaceBox",
    "ImageQuality",
    "PreparedImage",
    "QualityWarning",
    "StoredPreparedImage",
    "assess_image_quality",
    "detect_faces",
    "get_next_available_order",
    "lock_reference_image_slots",
    "prepare_reference_image",
    "slot_taken_as_validation_error",
    "store_prepared_image",
    "yunet_model_path",
]
