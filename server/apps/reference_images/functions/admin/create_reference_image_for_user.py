from uuid import UUID

from django.core.files import File

from apps.reference_images.functions.public import create_reference_image
from apps.reference_images.models import ReferenceImage
from apps.users.functions.admin import get_user


def create_reference_image_for_user(
    *, user_id: UUID, image_file: File[bytes], name: str = "", order: int | None = None
) -> ReferenceImage:
    """Staff: add a reference photo for any user by id, as that user would.

    Not atomic: the photo is decoded outside any transaction (see `create_reference_image`).
    """
    return create_reference_image(
        actor=get_user(user_id=user_id), image_file=image_file, name=name, order=order
    )
