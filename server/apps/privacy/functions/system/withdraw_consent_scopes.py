from collections.abc import Collection

from django.db import transaction
from django.utils import timezone

from apps.privacy.audit import RequestClient
from apps.privacy.models import ConsentChange, ConsentGivenBy, ConsentScope, PersonConsent
from apps.users.models import User

from .lock_consent_of import lock_consent_of


@transaction.atomic
def withdraw_consent_scopes(
    *,
    person: User,
    scopes: Collection[ConsentScope],
    withdrawn_by: User | None,
    client: RequestClient | None = None,
) -> PersonConsent | None:
    """Append the person's consent without `scopes` (every scope when empty) as their
    consent in force; None, and nothing appended, when no consent is in force.

    Once neither scope is left the row is the consent's withdrawal (`withdrawn_at`). The
    caller deletes what the withdrawn scopes covered and writes the audit event.
    """
    current = lock_consent_of(person=person)
    if current is None or not current.covers(None):
        return None
    withdrawn = set(scopes) or set(ConsentScope)
    now = timezone.now()
    client = client or RequestClient(ip=None, user_agent="")
    consent = PersonConsent(
        user=person,
        change=ConsentChange.WITHDRAW,
        given_by=(
            ConsentGivenBy.PERSON
            if withdrawn_by is not None and withdrawn_by.pk == person.pk
            else ConsentGivenBy.STAFF
        ),
        recorded_by=withdrawn_by,
        recorded_at=now,
        notice_version=current.notice_version,
        notice_sha256=current.notice_sha256,
        provider=current.provider,
        send_to_provider=current.send_to_provider
        and ConsentScope.SEND_TO_PROVIDER not in withdrawn,
        face_matching=current.face_matching and ConsentScope.FACE_MATCHING not in withdrawn,
        client_ip=client.ip,
        user_agent=client.user_agent,
    )
    if not consent.send_to_provider and not consent.face_matching:
        consent.withdrawn_at = now
    consent.save()
    return consent
