from uuid import UUID

from rest_framework.exceptions import NotFound

from apps.reference_images.models import ReferenceImage
from apps.users.models import User


def get_reference_image_for(
    *, actor: User, reference_image_id: UUID, for_update: bool = False
) -> ReferenceImage:
    """A reference photo the actor may reach (row-locked with `for_update`); NotFound for any
    other id, whether it exists or not."""
    images = ReferenceImage.objects.visible_to(actor)
    if for_update:
        images = images.select_for_update()
    try:
        return images.select_related("user").get(pk=reference_image_id)
    except ReferenceImage.DoesNotExist as error:
        raise NotFound("No reference image with this id exists.") from error
