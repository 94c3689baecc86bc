from dataclasses import dataclass
from uuid import UUID

from django.db import transaction
from django.db.models import Q
from rest_framework.exceptions import ValidationError

from apps.core.models import IdempotentRequest
from apps.identities.functions.system import clear_identity_images_of
from apps.image_generation.functions.system import (
    delete_generation_batches,
    delete_generation_jobs,
)
from apps.person_lifecycle.exceptions import PersonLifecycleErrorCode
from apps.privacy.audit import record_audit_event
from apps.privacy.functions.system import delete_consent_links_of, delete_consent_of
from apps.privacy.models import AuditEvent
from apps.privacy.utils import delete_files_until_gone
from apps.reference_images.functions.system import delete_reference_photos
from apps.users.functions.system import delete_sessions_of, forget_admin_log_of
from apps.users.models import User

from .get_person_to_erase import get_person_to_erase


@dataclass
class ErasureReport:
    reference_photos: int
    generation_jobs: int
    generation_batches: int
    identity_images: int
    consent_records: int
    consent_links: int
    account_deleted: bool
    sessions: int = 0  # sign-in sessions ended with a deleted account
    files_removed: int = 0
    files_left: int = 0  # could not be deleted even after retries; sweep_storage lists them


def erase_person(
    *, actor: User, user_id: UUID, confirm_email: str, delete_account: bool
) -> ErasureReport:
    """Delete every photo, generation (jobs and batches) and identity image of a person, their
    consent history and consent links, the answers kept for retried requests by or about
    them, and the Django admin's log entries by or about them.

    The rows go in one transaction (with the audit event, which keeps ids and counts only);
    the files once it has committed, tried again on a storage error. Identities' text and the
    account stay unless `delete_account`, which also ends the person's sign-in sessions. The
    caller confirms with the person's e-mail address; who may erase whom is
    `get_person_to_erase`'s rule.
    """
    report, names = _erase_rows(
        actor=actor, user_id=user_id, confirm_email=confirm_email, delete_account=delete_account
    )

    def delete_erased_files() -> None:  # named: Django's log of a failed hook needs a name
        left = delete_files_until_gone(names)
        report.files_removed = len(names) - len(left)
        report.files_left = len(left)

    transaction.on_commit(delete_erased_files)  # at once when no outer transaction is open
    return report


@transaction.atomic
def _erase_rows(
    *, actor: User, user_id: UUID, confirm_email: str, delete_account: bool
) -> tuple[ErasureReport, list[str]]:
    user = get_person_to_erase(actor=actor, user_id=user_id, delete_account=delete_account)
    if confirm_email.strip().casefold() != user.email.casefold():
        raise ValidationError(
            {"email": ["This is not the person's e-mail address; nothing was erased."]},
            code=PersonLifecycleErrorCode.EMAIL_MISMATCH,
        )
    jobs = delete_generation_jobs(person=user)
    photos = delete_reference_photos(person=user)
    identity_images = clear_identity_images_of(person=user)
    report = ErasureReport(
        reference_photos=photos.count,
        generation_jobs=jobs.count,
        generation_batches=delete_generation_batches(person=user),
        identity_images=identity_images.count,
        consent_records=delete_consent_of(person=user),
        consent_links=delete_consent_links_of(person=user),
        account_deleted=delete_account,
    )
    IdempotentRequest.objects.filter(Q(subject_user=user) | Q(user=user)).delete()
    forget_admin_log_of(person=user)
    names = [*photos.file_names, *jobs.file_names, *identity_images.file_names]
    if delete_account:
        report.sessions = delete_sessions_of(person=user)
    record_audit_event(
        action=AuditEvent.Action.PERSON_ERASE,
        subject_user_id=user.pk,
        obj=user,
        details={
            "reference_photos": report.reference_photos,
            "generation_jobs": report.generation_jobs,
            "generation_batches": report.generation_batches,
            "consent_links": report.consent_links,
            "identity_images": report.identity_images,
            "files": len(names),
            "account_deleted": delete_account,
            "sessions": report.sessions,
        },
    )
    if delete_account:
        user.delete()
    return report, names
