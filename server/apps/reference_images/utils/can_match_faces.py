from apps.users.models import User


def can_match_faces(user: User) -> bool:
    """Whether this person's faces may be embedded and compared (their photos, their posters).

    The one place that decides it: where it is False nothing of the person is embedded or
    scored.
    """
    return True
