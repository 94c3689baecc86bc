import secrets
from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.privacy.audit import record_audit_event
from apps.privacy.functions.system import lock_consent_of
from apps.privacy.models import AuditEvent, ConsentLink
from apps.privacy.utils import sha256_hex
from apps.users.functions.admin import get_user
from apps.users.models import User

# 32 random bytes: 256 bits, far past guessing at any rate the throttle allows.
TOKEN_BYTES = 32


@dataclass(frozen=True)
class CreatedConsentLink:
    link: ConsentLink
    token: str  # shown this once: only its SHA-256 is kept


@transaction.atomic
def create_consent_link(*, created_by: User, user_id: UUID) -> CreatedConsentLink:
    """Make a consent link for the person, revoking the one they had: a person has at most
    one link that opens. It opens for CONSENT_LINK_TTL_H hours."""
    person = get_user(user_id=user_id)
    lock_consent_of(person=person)
    now = timezone.now()
    replaced = ConsentLink.objects.filter(user=person, revoked_at__isnull=True)
    replaced_ids = [str(pk) for pk in replaced.values_list("pk", flat=True)]
    replaced.update(revoked_at=now)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    link = ConsentLink(
        user=person,
        token_sha256=sha256_hex(token),
        created_by=created_by,
        expires_at=now + timedelta(hours=int(settings.CONSENT_LINK_TTL_H)),
    )
    link.full_clean()
    link.save()
    record_audit_event(
        action=AuditEvent.Action.CONSENT_LINK_CREATE,
        subject_user_id=person.pk,
        obj=link,
        actor=created_by,
        details={"expires_at": link.expires_at.isoformat(), "revoked_link_ids": replaced_ids},
    )
    return CreatedConsentLink(link=link, token=token)
