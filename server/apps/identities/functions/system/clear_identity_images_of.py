from django.db import transaction
from django.db.models import Q

from apps.core.utils import DeletedRows, row_file_names
from apps.identities.models import Identity, IdentityImageVersion
from apps.users.models import User


@transaction.atomic
def clear_identity_images_of(*, person: User) -> DeletedRows:
    """Take every image off a person's identities and delete every version, with their files
    once that commits; the identities' text stays. `count` is the identities that had an
    image. The caller has decided that they may go and records why."""
    with_image = (
        Identity.objects.select_for_update()
        .filter(user=person)
        .exclude(Q(image="") | Q(image__isnull=True))
    )
    versions = IdentityImageVersion.objects.filter(identity__user=person)
    deleted = DeletedRows(
        count=with_image.count(),
        file_names=[name for row in versions for name in row_file_names(instance=row)],
    )
    Identity.objects.filter(user=person).update(
        current_version=None, image=None, image_width=None, image_height=None
    )
    versions.delete()
    return deleted
