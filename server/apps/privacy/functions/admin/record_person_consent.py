from uuid import UUID

from django.db import transaction
from django.utils import timezone
from rest_framework.exceptions import ValidationError

from apps.privacy.audit import record_audit_event
from apps.privacy.exceptions import PrivacyErrorCode
from apps.privacy.models import AuditEvent, PersonConsent
from apps.privacy.utils import PRIVACY_NOTICE_VERSION
from apps.users.functions.admin import get_user
from apps.users.models import User


@transaction.atomic
def record_person_consent(
    *,
    recorded_by: User,
    user_id: UUID,
    notice_version: str,
    send_to_provider: bool,
    face_matching: bool,
) -> PersonConsent:
    """Record what the person agreed to, after being shown the current notice.

    Called for staff or for the person themself (the view checks which). Recording again
    replaces the scopes and ends a withdrawal.
    """
    if notice_version != PRIVACY_NOTICE_VERSION:
        raise ValidationError(
            {
                "notice_version": [
                    "The privacy notice has changed since it was shown. Show the current "
                    "notice and ask again."
                ]
            },
            code=PrivacyErrorCode.NOTICE_OUTDATED,
        )
    user = get_user(user_id=user_id)
    consent, _ = PersonConsent.objects.select_for_update().update_or_create(
        user=user,
        defaults={
            "recorded_by": recorded_by,
            "recorded_at": timezone.now(),
            "notice_version": notice_version,
            "send_to_provider": send_to_provider,
            "face_matching": face_matching,
            "withdrawn_at": None,
        },
    )
    record_audit_event(
        action=AuditEvent.Action.CONSENT_RECORD,
        subject_user_id=user.pk,
        obj=consent,
        actor=recorded_by,
        details={
            "notice_version": notice_version,
            "send_to_provider": send_to_provider,
            "face_matching": face_matching,
        },
    )
    return consent
