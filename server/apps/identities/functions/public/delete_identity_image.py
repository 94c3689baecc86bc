from django.db import transaction

from apps.core.utils import delete_files_on_commit, image_file_names
from apps.identities.models import Identity


@transaction.atomic
def delete_identity_image(*, identity: Identity) -> Identity:
    """Remove an identity's image and, once that is committed, all of its files."""
    locked = Identity.objects.select_for_update().get(pk=identity.pk)
    names = image_file_names(locked.image)
    locked.image = None
    locked.image_width = None
    locked.image_height = None
    locked.save(update_fields=["image", "image_width", "image_height", "updated_at"])
    delete_files_on_commit(names)
    return locked
