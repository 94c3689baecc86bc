from apps.core.export import ExportEntry, rows_as_json
from apps.privacy.models import PersonConsent
from apps.users.models import User


def export_consent_history(*, person: User) -> list[ExportEntry]:
    """Every consent record of a person, oldest first, for their data export."""
    records = PersonConsent.objects.filter(user=person).order_by("created_at")
    return [ExportEntry(path="consent.json", kind="consent_history", content=rows_as_json(records))]
