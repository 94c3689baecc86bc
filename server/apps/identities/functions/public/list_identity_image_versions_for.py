from uuid import UUID

from django.db.models import QuerySet

from apps.identities.models import IdentityImageVersion
from apps.users.models import User

from .get_identity_for import get_identity_for


def list_identity_image_versions_for(
    *, actor: User, identity_id: UUID
) -> QuerySet[IdentityImageVersion]:
    """Every image an identity the actor may reach has had, newest first."""
    identity = get_identity_for(actor=actor, identity_id=identity_id)
    return (
        IdentityImageVersion.objects.filter(identity=identity)
        .select_related("identity")
        .order_by("-created_at")
    )
