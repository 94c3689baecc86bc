from uuid import UUID

from rest_framework.exceptions import ValidationError

from apps.image_generation.exceptions import ImageGenerationErrorCode
from apps.reference_images.functions.system import list_usable_reference_images
from apps.reference_images.models import ReferenceImage


def list_references_to_send(*, user_id: UUID) -> list[ReferenceImage]:
    """The person's usable reference photos that show a face, sent with every poster.

    Refused when the person has no photo, or no photo with a face: a poster drawn from a cup
    or a screenshot cannot look like them, and with Gemini it would still be paid for.
    """
    usable = list(list_usable_reference_images(user_id=user_id))
    if not usable:
        raise ValidationError(
            "This person has no reference photos yet. Add at least one photo first.",
            code=ImageGenerationErrorCode.NO_REFERENCE_IMAGES,
        )
    references = [reference for reference in usable if reference.sent_with_posters]
    if not references:
        raise ValidationError(
            "None of this person's photos shows a face, so the poster could not look like "
            "them. Add a photo where their face is clearly visible.",
            code=ImageGenerationErrorCode.NO_REFERENCE_FACES,
        )
    return references
