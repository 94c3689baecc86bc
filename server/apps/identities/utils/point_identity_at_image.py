from uuid import UUID

from django.db import transaction
from django.utils import timezone

from apps.core.utils import StoredImage, delete_files_on_commit, image_file_names
from apps.identities.models import Identity


@transaction.atomic
def point_identity_at_image(*, identity_id: UUID, stored: StoredImage) -> Identity:
    """Make an image already stored (with its renditions) the identity's, in a short
    transaction; its previous files go once that is committed."""
    locked = Identity.objects.select_for_update().get(pk=identity_id)
    old_names = image_file_names(locked.image)
    # A plain UPDATE: assigning a new image to a loaded row would read the file back for
    # its dimensions, which are known.
    Identity.objects.filter(pk=locked.pk).update(**stored.fields, updated_at=timezone.now())
    delete_files_on_commit(old_names)
    return Identity.objects.get(pk=locked.pk)
