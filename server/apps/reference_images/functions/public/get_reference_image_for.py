from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def get_reference_image_for(
    *, actor: User, reference_image_id: UUID, for_update: bool = False
) -> ReferenceImage:
    """One of the actor's own reference photos (row-locked with `for_update`); NotFound for
    any other id, whether it exists or not."""
    images = ReferenceImage.objects.select_for_update() if for_update else ReferenceImage.objects
    try:
        return images.get(pk=reference_image_id, user=actor)
    except ReferenceImage.DoesNotExist as error:
        raise NotFound("No reference image with this id exists.") from error
