from uuid import UUID

from rest_framework.exceptions import ValidationError

from apps.reference_images.functions.admin import list_usable_reference_images
from apps.reference_images.models import ReferenceImage


def list_references_to_send(*, user_id: UUID) -> list[ReferenceImage]:
    """The person's usable reference photos, sent with every poster; refused when none."""
    references = list(list_usable_reference_images(user_id=user_id))
    if not references:
        raise ValidationError(
            "This person has no reference photos yet. Add at least one photo first.",
            code="no_reference_images",
        )
    return references
