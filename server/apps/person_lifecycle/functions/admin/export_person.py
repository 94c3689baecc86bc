from dataclasses import dataclass, field
from datetime import UTC
from typing import Any
from uuid import UUID

from django.db import transaction

from apps.core.export import ExportEntry
from apps.identities.functions.system import export_identities
from apps.image_generation.functions.system import export_generations
from apps.privacy.audit import record_audit_event
from apps.privacy.functions.system import export_audit_events, export_consent_history
from apps.privacy.models import AuditEvent
from apps.reference_images.functions.system import export_reference_photos
from apps.users.functions.public import get_person_acted_for
from apps.users.models import User


@dataclass(frozen=True)
class PersonExport:
    """What a person's data export holds: the files to stream, and what the manifest says of
    the export itself."""

    person_id: UUID
    entries: list[ExportEntry]
    about: dict[str, Any] = field(default_factory=dict)

    @property
    def file_name(self) -> str:
        return f"personal-data-{self.about['exported_at'][:10]}-{str(self.person_id)[:8]}.zip"


@transaction.atomic
def export_person(*, actor: User, user_id: UUID) -> PersonExport:
    """Everything kept of a person, for them to download: reference photos, posters, identity
    versions (the stored files), their rows, the consent history and the audit events about
    them. Staff for anyone, anyone for themself (403 otherwise).

    Each app gathers its own rows (`export_*`); the files are read from storage only as the
    archive is streamed. The request is itself audited (`person.export`), whether or not the
    download then completes.
    """
    person = get_person_acted_for(actor=actor, user_id=user_id)
    # The audit events last, so the listing holds this export's own event.
    event = record_audit_event(
        action=AuditEvent.Action.PERSON_EXPORT, subject_user_id=person.pk, obj=person
    )
    entries = [
        *export_reference_photos(person=person),
        *export_generations(person=person),
        *export_identities(person=person),
        *export_consent_history(person=person),
        *export_audit_events(person=person),
    ]
    about = {
        "person_id": str(person.pk),
        "exported_at": event.at.astimezone(UTC).isoformat(),
        "exported_by": str(actor.pk),
    }
    return PersonExport(person_id=person.pk, entries=entries, about=about)
