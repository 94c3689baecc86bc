from uuid import UUID

from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.privacy.audit import RequestClient
from apps.privacy.exceptions import PrivacyErrorCode
from apps.privacy.functions.system import record_consent
from apps.privacy.models import ConsentGivenBy, ConsentScope, PersonConsent
from apps.users.functions.admin import get_user
from apps.users.models import User

NOTE_REQUIRED = (
    'Say where the person\'s signed form is (for example "Paper form in HR file 2026-12"): '
    "consent an admin records is attested by them."
)


@transaction.atomic
def record_person_consent(
    *,
    recorded_by: User,
    user_id: UUID,
    notice_version: str,
    send_to_provider: bool,
    face_matching: bool,
    note: str = "",
    notice_sha256: str | None = None,
    client: RequestClient | None = None,
) -> PersonConsent:
    """Record what the person agreed to, after being shown the current notice, as a new
    row of their consent history.

    Called for staff or for the person themself (the view checks which). The person
    recording their own is consent given by the person; staff recording someone else's
    attest it, with a `note` saying where the signed form is (required).
    """
    person = get_user(user_id=user_id)
    by_person = recorded_by.pk == person.pk
    note = note.strip()
    if not by_person and not note:
        raise ValidationError({"note": [NOTE_REQUIRED]}, code=PrivacyErrorCode.NOTE_REQUIRED)
    scopes = [
        scope
        for scope, agreed in (
            (ConsentScope.SEND_TO_PROVIDER, send_to_provider),
            (ConsentScope.FACE_MATCHING, face_matching),
        )
        if agreed
    ]
    return record_consent(
        person=person,
        recorded_by=recorded_by,
        given_by=ConsentGivenBy.PERSON if by_person else ConsentGivenBy.STAFF,
        notice_version=notice_version,
        notice_sha256=notice_sha256,
        scopes=scopes,
        note=note,
        client=client,
    )
