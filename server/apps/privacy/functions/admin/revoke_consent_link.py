from uuid import UUID

from django.db import transaction
from django.utils import timezone

from apps.privacy.audit import record_audit_event
from apps.privacy.functions.system import lock_consent_of
from apps.privacy.models import AuditEvent, ConsentLink
from apps.users.functions.admin import get_user
from apps.users.models import User


@transaction.atomic
def revoke_consent_link(*, revoked_by: User, user_id: UUID) -> ConsentLink | None:
    """Revoke the person's consent link: it no longer opens, whatever its expiry. Answers
    the link revoked, or None (and changes nothing) when the person had none."""
    person = get_user(user_id=user_id)
    lock_consent_of(person=person)
    link = ConsentLink.objects.filter(user=person, revoked_at__isnull=True).first()
    if link is None:
        return None
    link.revoked_at = timezone.now()
    link.save(update_fields=["revoked_at", "updated_at"])
    record_audit_event(
        action=AuditEvent.Action.CONSENT_LINK_REVOKE,
        subject_user_id=person.pk,
        obj=link,
        actor=revoked_by,
    )
    return link
