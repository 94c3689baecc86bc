from uuid import UUID

from django.db import transaction

from apps.privacy.audit import RequestClient
from apps.privacy.functions.admin import record_person_consent
from apps.privacy.models import PersonConsent
from apps.reference_images.functions.system import forget_face_embeddings
from apps.users.models import User


@transaction.atomic
def give_person_consent(
    *,
    recorded_by: User,
    user_id: UUID,
    notice_version: str,
    send_to_provider: bool,
    face_matching: bool,
    note: str = "",
    notice_sha256: str | None = None,
    client: RequestClient | None = None,
) -> PersonConsent:
    """Record the person's consent (privacy's `record_person_consent`: attested by staff,
    or given by the person signed in) and drop what it no longer covers: consent recorded
    again without face matching deletes the face embeddings kept under the earlier one."""
    consent = record_person_consent(
        recorded_by=recorded_by,
        user_id=user_id,
        notice_version=notice_version,
        send_to_provider=send_to_provider,
        face_matching=face_matching,
        note=note,
        notice_sha256=notice_sha256,
        client=client,
    )
    if not consent.face_matching:
        forget_face_embeddings(person=consent.user)
    return consent
