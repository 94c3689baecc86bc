from collections.abc import Collection
from typing import Any

from django.db import transaction
from django.utils import timezone
from rest_framework.exceptions import ValidationError

from apps.privacy.audit import RequestClient, record_audit_event
from apps.privacy.exceptions import PrivacyErrorCode
from apps.privacy.models import (
    AuditEvent,
    ConsentChange,
    ConsentGivenBy,
    ConsentScope,
    PersonConsent,
)
from apps.privacy.utils import configured_provider, privacy_notice, sha256_hex
from apps.users.models import User

from .lock_consent_of import lock_consent_of

NOTICE_CHANGED = (
    "The privacy notice has changed since it was shown. Show the current notice and ask again."
)


@transaction.atomic
def record_consent(
    *,
    person: User,
    recorded_by: User,
    given_by: ConsentGivenBy,
    notice_version: str,
    notice_sha256: str | None,
    scopes: Collection[ConsentScope],
    note: str = "",
    full_name: str = "",
    client: RequestClient | None = None,
    audit_details: dict[str, Any] | None = None,
) -> PersonConsent:
    """Append what the person agreed to, under the notice shown now, as their consent in force.

    The notice must be the current one (its version, and when given the SHA-256 of its
    text: what the person read is what is recorded), and at least one scope must be agreed
    to (taking consent back is a withdrawal). The row names the provider the notice named.
    """
    if not scopes:
        raise ValidationError(
            "Nothing was ticked: agree to at least one thing, or withdraw consent instead.",
            code=PrivacyErrorCode.NOTHING_AGREED,
        )
    notice = privacy_notice()
    text_sha256 = sha256_hex(notice.text)
    if notice_version != notice.version:
        raise ValidationError(
            {"notice_version": [NOTICE_CHANGED]}, code=PrivacyErrorCode.NOTICE_OUTDATED
        )
    if notice_sha256 is not None and notice_sha256 != text_sha256:
        raise ValidationError(
            {"notice_sha256": [NOTICE_CHANGED]}, code=PrivacyErrorCode.NOTICE_OUTDATED
        )
    lock_consent_of(person=person)
    client = client or RequestClient(ip=None, user_agent="")
    consent = PersonConsent(
        user=person,
        change=ConsentChange.RECORD,
        given_by=given_by,
        recorded_by=recorded_by,
        recorded_at=timezone.now(),
        note=note,
        full_name=full_name,
        notice_version=notice.version,
        notice_sha256=text_sha256,
        provider=configured_provider(),
        send_to_provider=ConsentScope.SEND_TO_PROVIDER in scopes,
        face_matching=ConsentScope.FACE_MATCHING in scopes,
        client_ip=client.ip,
        user_agent=client.user_agent,
    )
    consent.full_clean()
    consent.save()
    record_audit_event(
        action=AuditEvent.Action.CONSENT_RECORD,
        subject_user_id=person.pk,
        obj=consent,
        actor=recorded_by,
        details={
            "given_by": str(given_by),
            "notice_version": notice.version,
            "provider": consent.provider,
            "send_to_provider": consent.send_to_provider,
            "face_matching": consent.face_matching,
            **(audit_details or {}),
        },
    )
    return consent
