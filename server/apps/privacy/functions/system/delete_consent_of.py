from apps.privacy.models import PersonConsent
from apps.users.models import User


def delete_consent_of(*, person: User) -> int:
    """Delete a person's consent history (only erasure does); answers how many rows went."""
    deleted, _ = PersonConsent.objects.filter(user=person).delete()
    return deleted
