from uuid import UUID

from django.db import transaction

from apps.core.utils import delete_files_on_commit, image_file_names
from apps.users.models import User

from .get_reference_image_for import get_reference_image_for


@transaction.atomic
def delete_reference_image(*, actor: User, reference_image_id: UUID) -> None:
    """Delete one of the actor's reference photos and, once committed, every file of it."""
    reference_image = get_reference_image_for(actor=actor, reference_image_id=reference_image_id)
    names = image_file_names(reference_image.image)
    if reference_image.model_image.name:
        names.append(reference_image.model_image.name)
    reference_image.delete()
    delete_files_on_commit(names)
