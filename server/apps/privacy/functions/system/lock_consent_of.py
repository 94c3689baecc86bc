from apps.privacy.models import PersonConsent
from apps.users.models import User


def lock_consent_of(*, person: User) -> PersonConsent | None:
    """Lock the person's consent history and links for a change (in the caller's
    transaction) and answer their latest consent row.

    The person's own row is the lock: appended rows cannot be locked before they exist, so
    two changes at once would otherwise both build on the same latest row (or both make a
    link).
    """
    list(User.objects.select_for_update().filter(pk=person.pk).values_list("pk"))
    return PersonConsent.objects.filter(user=person).first()
