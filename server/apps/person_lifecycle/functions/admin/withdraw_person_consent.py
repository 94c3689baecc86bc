from uuid import UUID

from django.db import transaction
from django.utils import timezone

from apps.core.exceptions import Conflict
from apps.image_generation.functions.system import cancel_queued_jobs_of, may_send_photos
from apps.image_generation.models import GenerationJob
from apps.person_lifecycle.exceptions import PersonLifecycleErrorCode
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent, ConsentScope, PersonConsent
from apps.reference_images.functions.system import (
    delete_reference_photos,
    forget_face_embeddings,
)
from apps.users.functions.admin import get_user


@transaction.atomic
def withdraw_person_consent(*, user_id: UUID, scopes: list[str]) -> PersonConsent:
    """Withdraw some scopes (all when `scopes` is empty) and delete what they covered.

    Without face matching the person's face embeddings are deleted at once (and the photos'
    one-person comparison with them). Once neither scope is left the consent as a whole is
    withdrawn: the person's reference photos go with their files (posters saved on
    identities stay unless the person is erased). When the photos may no longer be sent to
    the configured provider, or consent is withdrawn as a whole, the person's queued posters
    are cancelled at once (`consent_withdrawn`); a running one is stopped by its worker
    before it sends again. Called for staff or the person themself (the view checks which).
    """
    user = get_user(user_id=user_id)
    consent = PersonConsent.objects.select_for_update().filter(user=user).first()
    if consent is None or not consent.covers(None):
        raise Conflict(
            "This person has no consent to withdraw.", code=PersonLifecycleErrorCode.NO_CONSENT
        )
    withdrawn = [ConsentScope(scope) for scope in scopes] or list(ConsentScope)
    for scope in withdrawn:
        setattr(consent, scope.value, False)
    photos_deleted = embeddings_deleted = 0
    if not consent.face_matching:  # the embeddings are the biometric data: they go at once
        embeddings_deleted = forget_face_embeddings(person=user)
    if not consent.send_to_provider and not consent.face_matching:
        consent.withdrawn_at = timezone.now()
        photos_deleted = delete_reference_photos(person=user).count
    consent.save()
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
            "scopes": sorted(scope.value for scope in withdrawn),
            "reference_photos_deleted": photos_deleted,
            "face_embeddings_deleted": embeddings_deleted,
            "queued_jobs_cancelled": jobs_cancelled,
        },
    )
    return consent
