from datetime import datetime

from apps.privacy.utils import reference_photo_retention
from apps.reference_images.models import ReferenceImage


def reference_photo_deletes_at(image: ReferenceImage) -> datetime:
    """Counted from its last use in a generation, or its upload when never used (the same
    count as `list_expired_reference_photos`)."""
    return (image.last_used_at or image.created_at) + reference_photo_retention()
