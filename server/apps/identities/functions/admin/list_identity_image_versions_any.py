from uuid import UUID

from django.db.models import QuerySet

from apps.identities.functions.public import list_identity_image_versions_for
from apps.identities.models import IdentityImageVersion

from .get_identity import get_identity


def list_identity_image_versions_any(*, identity_id: UUID) -> QuerySet[IdentityImageVersion]:
    """Staff: every image anyone's identity has had, as its owner sees them."""
    owner = get_identity(identity_id=identity_id).user
    return list_identity_image_versions_for(actor=owner, identity_id=identity_id)
