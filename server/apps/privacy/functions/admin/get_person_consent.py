from uuid import UUID

from apps.privacy.models import PersonConsent
from apps.users.functions.admin import get_user


def get_person_consent(*, user_id: UUID) -> PersonConsent:
    """The person's consent in force (their latest row, whose `history()` gives every row);
    an unsaved, empty one when none was ever recorded (404 when there is no such person)."""
    user = get_user(user_id=user_id)
    return PersonConsent.objects.filter(user=user).select_related(
        "recorded_by"
    ).first() or PersonConsent(user=user)
