from uuid import UUID

from django.db import transaction

from apps.core.utils import StoredImage
from apps.identities.models import Identity, IdentityImageVersion
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent
from apps.users.models import User

from .point_identity_at_version import point_identity_at_version


@transaction.atomic
def add_identity_image_version(
    *,
    identity_id: UUID,
    stored: StoredImage,
    created_by: User | None,
    job_id: UUID | None = None,
) -> Identity:
    """The one way an image goes on an identity: an image already stored (with its
    renditions) becomes a new version, made current, in a short transaction. Earlier
    versions keep their files (restore brings them back)."""
    locked = Identity.objects.select_for_update().get(pk=identity_id)
    version = IdentityImageVersion.objects.create(
        identity=locked,
        source=(
            IdentityImageVersion.Source.GENERATION
            if job_id is not None
            else IdentityImageVersion.Source.UPLOAD
        ),
        job_id=job_id,
        created_by=created_by,
        **stored.fields,
    )
    record_audit_event(
        action=AuditEvent.Action.IDENTITY_VERSION_SAVE,
        subject_user_id=locked.user_id,
        obj=version,
        details={"identity_id": str(locked.pk)},
    )
    return point_identity_at_version(identity=locked, version=version)
