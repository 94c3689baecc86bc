from apps.privacy.models import ConsentLink
from apps.users.models import User


def delete_consent_links_of(*, person: User) -> int:
    """Delete every consent link made for a person, live or not (only erasure does);
    answers how many went."""
    deleted, _ = ConsentLink.objects.filter(user=person).delete()
    return deleted
