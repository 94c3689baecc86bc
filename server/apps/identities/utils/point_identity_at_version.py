from django.db import transaction
from django.utils import timezone

from apps.identities.models import Identity, IdentityImageVersion


@transaction.atomic
def point_identity_at_version(
    *, identity: Identity, version: IdentityImageVersion | None
) -> Identity:
    """Make `version` the identity's current image (None: no image), moving only the pointer:
    the identity's `image` names the version's file, so no file is copied or deleted."""
    fields: dict[str, object] = {"image": None, "image_width": None, "image_height": None}
    if version is not None:
        fields = {
            "image": version.image.name,
            "image_width": version.image_width,
            "image_height": version.image_height,
        }
    # A plain UPDATE: assigning an image to a loaded row would read the file back for its
    # dimensions, which are known.
    Identity.objects.filter(pk=identity.pk).update(
        current_version=version, updated_at=timezone.now(), **fields
    )
    return Identity.objects.select_related("current_version").get(pk=identity.pk)
