from dataclasses import dataclass
from uuid import UUID

from django.db import transaction
from django.db.models import Q
from rest_framework.exceptions import ValidationError

from apps.core.models import IdempotentRequest
from apps.core.utils import row_file_names
from apps.identities.models import Identity, IdentityImageVersion
from apps.image_generation.models import GenerationJob
from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent, PersonConsent
from apps.privacy.utils import delete_files_until_gone
from apps.reference_images.models import ReferenceImage
from apps.users.functions.admin import get_user


@dataclass
class ErasureReport:
    reference_photos: int
    generation_jobs: int
    identity_images: int
    consent_records: int
    account_deleted: bool
    files_removed: int = 0
    files_left: int = 0  # could not be deleted even after retries; sweep_storage lists them


def erase_person(*, user_id: UUID, confirm_email: str, delete_account: bool) -> ErasureReport:
    """Delete every photo, generation and identity image of a person, their consent, and the
    answers kept for retried requests about them.

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
            code="email_mismatch",
        )
    photos = ReferenceImage.objects.select_for_update().filter(user=user)
    jobs = GenerationJob.objects.filter(Q(user=user) | Q(identity__user=user))
    identities = (
        Identity.objects.select_for_update()
        .filter(user=user)
        .exclude(Q(image="") | Q(image__isnull=True))
    )
    versions = IdentityImageVersion.objects.filter(identity__user=user)
    names = [name for row in [*photos, *jobs, *versions] for name in row_file_names(instance=row)]
    report = ErasureReport(
        reference_photos=photos.count(),
        generation_jobs=jobs.count(),
        identity_images=identities.count(),
        consent_records=PersonConsent.objects.filter(user=user).count(),
        account_deleted=delete_account,
    )
    jobs.delete()
    photos.delete()
    Identity.objects.filter(user=user).update(
        current_version=None, image=None, image_width=None, image_height=None
    )
    versions.delete()
    PersonConsent.objects.filter(user=user).delete()
    IdempotentRequest.objects.filter(subject_user=user).delete()
    record_audit_event(
        action=AuditEvent.Action.PERSON_ERASE,
        subject_user_id=user.pk,
        obj=user,
        details={
            "reference_photos": report.reference_photos,
            "generation_jobs": report.generation_jobs,
            "identity_images": report.identity_images,
            "files": len(names),
            "account_deleted": delete_account,
        },
    )
    if delete_account:
        user.delete()
    return report, names
