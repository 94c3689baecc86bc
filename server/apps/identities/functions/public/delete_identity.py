from django.db import transaction

from apps.core.utils import delete_files_on_commit, image_file_names
from apps.identities.models import Identity


@transaction.atomic
def delete_identity(*, identity: Identity) -> None:
    """Delete an identity and, once that is committed, every file of its image."""
    names = image_file_names(identity.image)
    identity.delete()
    delete_files_on_commit(names)
