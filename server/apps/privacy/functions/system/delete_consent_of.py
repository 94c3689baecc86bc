from apps.privacy.models import PersonConsent
from apps.users.models import User


def delete_consent_of(*, person: User) -> int:
    """Delete a person's consent (only erasure does); answers how many records went."""
    deleted, _ = PersonConsent.objects.filter(user=person).delete()
    return deleted
