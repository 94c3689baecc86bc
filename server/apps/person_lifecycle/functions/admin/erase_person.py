from dataclasses import dataclass
from uuid import UUID

from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.core.models import IdempotentRequest
from apps.identities.functions.system import clear_identity_images_of
from apps.image_generation.functions.system import delete_generation_jobs
from apps.person_lifecycle.exceptions import PersonLifecycleErrorCode
from apps.privacy.audit import record_audit_event
from apps.privacy.functions.system import delete_consent_links_of, delete_consent_of
from apps.privacy.models import AuditEvent
from apps.privacy.utils import delete_files_until_gone
from apps.reference_images.functions.system import delete_reference_photos
from apps.users.functions.admin import get_user


@dataclass
class ErasureReport:
    reference_photos: int
    generation_jobs: int
    identity_images: int
    consent_records: int
    consent_links: int
    account_deleted: bool
    files_removed: int = 0
    files_left: int = 0  # could not be deleted even after retries; sweep_storage lists them


def erase_person(*, user_id: UUID, confirm_email: str, delete_account: bool) -> ErasureReport:
    """Delete every photo, generation and identity image of a person, their consent history
    and consent links, and the answers kept for retried requests about them.

    The rows go in one transaction (with the audit event); the files once it has committed,
    tried again on a storage error. Identities' text and the account stay unless
    `delete_account`. The caller confirms with the person's e-mail address.
    """
    report, names = _erase_rows(
        user_id=user_id, confirm_email=confirm_email, delete_account=delete_account
    )

    def delete_erased_files() -> None:  # named: Django's log of a failed hook needs a name
        left = delete_files_until_gone(names)
        report.files_removed = len(names) - len(left)
        report.files_left = len(left)

    transaction.on_commit(delete_erased_files)  # at once when no outer transaction is open
    return report


@transaction.atomic
def _erase_rows(
    *, user_id: UUID, confirm_email: str, delete_account: bool
) -> tuple[ErasureReport, list[str]]:
    user = get_user(user_id=user_id)
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
        identity_images=identity_images.count,
        consent_records=delete_consent_of(person=user),
        consent_links=delete_consent_links_of(person=user),
        account_deleted=delete_account,
    )
    IdempotentRequest.objects.filter(subject_user=user).delete()
    names = [*photos.file_names, *jobs.file_names, *identity_images.file_names]
    record_audit_event(
        action=AuditEvent.Action.PERSON_ERASE,
        subject_user_id=user.pk,
        obj=user,
        details={
            "reference_photos": report.reference_photos,
            "generation_jobs": report.generation_jobs,
            "identity_images": report.identity_images,
            "consent_links": report.consent_links,
            "files": len(names),
            "account_deleted": delete_account,
        },
    )
    if delete_account:
        user.delete()
    return report, names
