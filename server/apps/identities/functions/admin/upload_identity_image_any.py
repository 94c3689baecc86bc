from uuid import UUID

from django.core.files import File

from apps.identities.functions.public import upload_identity_image
from apps.identities.models import Identity
from apps.users.models import User

from .get_identity import get_identity


def upload_identity_image_any(
    *, identity_id: UUID, image_file: File[bytes], name: str, uploaded_by: User | None = None
) -> Identity:
    """Staff: add an uploaded image to anyone's identity, as its owner would.

    Not atomic: the image is decoded outside any transaction (see `upload_identity_image`).
    """
    owner = get_identity(identity_id=identity_id).user
    return upload_identity_image(
        actor=owner,
        identity_id=identity_id,
        image_file=image_file,
        name=name,
        uploaded_by=uploaded_by,
    )
