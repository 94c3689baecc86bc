from uuid import UUID

from django.db import transaction

from apps.core.exceptions import Conflict
from apps.image_generation.functions.system import (
    cancel_queued_jobs_of,
    forget_poster_likeness,
    may_send_photos,
)
from apps.image_generation.models import GenerationJob
from apps.person_lifecycle.exceptions import PersonLifecycleErrorCode
from apps.privacy.audit import RequestClient, record_audit_event
from apps.privacy.functions.system import withdraw_consent_scopes
from apps.privacy.models import AuditEvent, ConsentScope, PersonConsent
from apps.reference_images.functions.system import (
    delete_reference_photos,
    forget_face_embeddings,
)
from apps.users.functions.admin import get_user
from apps.users.models import User


@transaction.atomic
def withdraw_person_consent(
    *,
    user_id: UUID,
    scopes: list[str],
    withdrawn_by: User | None = None,
    client: RequestClient | None = None,
) -> PersonConsent:
    """Withdraw some scopes (all when `scopes` is empty) and delete what they covered.

    The withdrawal is a new row of the person's consent history, by `withdrawn_by` (staff,
    or the person themself, through a consent link or signed in). Without face matching the
    person's face embeddings are deleted at once, and with them the photos' one-person
    comparison and their posters' likeness scores. Once neither scope is left the consent as
    a whole is withdrawn: the person's reference photos go with their files (posters saved
    on identities stay unless the person is erased). When the photos may no longer be sent
    to the configured provider, or consent is withdrawn as a whole, the person's queued
    posters are cancelled at once (`consent_withdrawn`); a running one is stopped by its
    worker before it sends again.
    Called for staff or the person themself (the caller checks which).
    """
    user = get_user(user_id=user_id)
    withdrawn = [ConsentScope(scope) for scope in scopes] or list(ConsentScope)
    consent = withdraw_consent_scopes(
        person=user, scopes=withdrawn, withdrawn_by=withdrawn_by, client=client
    )
    if consent is None:
        raise Conflict(
            "This person has no consent to withdraw.", code=PersonLifecycleErrorCode.NO_CONSENT
        )
    photos_deleted = embeddings_deleted = likeness_deleted = 0
    if not consent.face_matching:  # the embeddings are the biometric data: they go at once
        embeddings_deleted = forget_face_embeddings(person=user)
        likeness_deleted = forget_poster_likeness(person=user)  # measured from them
    if not consent.covers(None):
        photos_deleted = delete_reference_photos(person=user).count
    jobs_cancelled = 0
    if not consent.covers(None) or not may_send_photos(user_id=user.pk):
        jobs_cancelled = cancel_queued_jobs_of(
            person=user, code=GenerationJob.ErrorCode.CONSENT_WITHDRAWN
        )
    record_audit_event(
        action=AuditEvent.Action.CONSENT_WITHDRAW,
        subject_user_id=user.pk,
        obj=consent,
        details={
            "given_by": consent.given_by,
            "scopes": sorted(scope.value for scope in withdrawn),
            "reference_photos_deleted": photos_deleted,
            "face_embeddings_deleted": embeddings_deleted,
            "poster_likeness_deleted": likeness_deleted,
            "queued_jobs_cancelled": jobs_cancelled,
        },
        **({"actor": withdrawn_by} if withdrawn_by is not None else {}),
    )
    return consent
