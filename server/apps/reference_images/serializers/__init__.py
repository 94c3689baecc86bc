from .reference_image_create_input import ReferenceImageCreateInputSerializer
from .reference_image_filter import ReferenceImageFilterSerializer
from .reference_image_image_input import ReferenceImageImageInputSerializer
from .reference_image_output import ReferenceImageOutputSerializer
from .reference_image_quality_output import (
    ReferenceImageQualityOutputSerializer,
    ReferenceImageQualityWarningOutputSerializer,
)
from .reference_image_update_input import ReferenceImageUpdateInputSerializer

__all__ = [
    "ReferenceImageCreateInputSerializer",
    "ReferenceImageFilterSerializer",
    "ReferenceImageImageInputSerializer",
    "ReferenceImageOutputSerializer",
    "ReferenceImageQualityOutputSerializer",
    "ReferenceImageQualityWarningOutputSerializer",
    "ReferenceImageUpdateInputSerializer",
]
