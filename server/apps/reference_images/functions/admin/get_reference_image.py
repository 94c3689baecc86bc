from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.reference_images.models import ReferenceImage


def get_reference_image(*, reference_image_id: UUID) -> ReferenceImage:
    """Staff: anyone's reference photo by id; NotFound with a sentence when there is none."""
    try:
        return ReferenceImage.objects.select_related("user").get(pk=reference_image_id)
    except ReferenceImage.DoesNotExist as error:
        raise NotFound("No reference image with this id exists.") from error
