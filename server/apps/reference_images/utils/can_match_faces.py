from apps.privacy.functions.public import has_consent
from apps.privacy.models import ConsentScope
from apps.users.models import User


def can_match_faces(user: User) -> bool:
    """Whether this person's faces may be embedded and compared (their photos, their posters).

    The one place that decides it, from the person's recorded consent to face matching:
    where it is False nothing of the person is embedded or scored.
    """
    return has_consent(user_id=user.pk, scope=ConsentScope.FACE_MATCHING)
