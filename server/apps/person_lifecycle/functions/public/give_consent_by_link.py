from django.db import transaction

from apps.privacy.audit import RequestClient
from apps.privacy.functions.public import record_consent_by_link
from apps.privacy.models import ConsentScope, PersonConsent
from apps.reference_images.functions.system import forget_face_embeddings


@transaction.atomic
def give_consent_by_link(
    *,
    token: str,
    notice_version: str,
    notice_sha256: str,
    scopes: list[ConsentScope],
    full_name: str,
    client: RequestClient,
) -> PersonConsent:
    """The link's person gives their consent themself (privacy's `record_consent_by_link`);
    consent given again without face matching deletes the face embeddings kept under the
    earlier one. The token is the whole authority: no account is needed."""
    consent = record_consent_by_link(
        token=token,
        notice_version=notice_version,
        notice_sha256=notice_sha256,
        scopes=scopes,
        full_name=full_name,
        client=client,
    )
    if not consent.face_matching:
        forget_face_embeddings(person=consent.user)
    return consent
