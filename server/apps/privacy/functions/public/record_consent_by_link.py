from django.db import transaction
from rest_framework.exceptions import ValidationError

from apps.privacy.audit import RequestClient
from apps.privacy.functions.system import record_consent
from apps.privacy.models import ConsentGivenBy, ConsentScope, PersonConsent

from .get_live_consent_link import get_live_consent_link

FULL_NAME_REQUIRED = "Type your full name: it is your signature."


@transaction.atomic
def record_consent_by_link(
    *,
    token: str,
    notice_version: str,
    notice_sha256: str,
    scopes: list[ConsentScope],
    full_name: str,
    client: RequestClient,
) -> PersonConsent:
    """Record the consent the link's person gave themself: the scopes they ticked under the
    notice they were shown (its version and the SHA-256 of its text), signed with their
    full name, from where they sent it."""
    link = get_live_consent_link(token=token)
    if not full_name.strip():
        raise ValidationError({"full_name": [FULL_NAME_REQUIRED]}, code="required")
    return record_consent(
        person=link.user,
        recorded_by=link.user,
        given_by=ConsentGivenBy.PERSON,
        notice_version=notice_version,
        notice_sha256=notice_sha256,
        scopes=set(scopes),
        full_name=full_name.strip(),
        client=client,
        audit_details={"consent_link_id": str(link.pk)},
    )
