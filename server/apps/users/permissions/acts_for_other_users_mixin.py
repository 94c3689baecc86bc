from typing import cast
from uuid import UUID

from rest_framework.views import APIView

from apps.users.models import User

# Row ids in URLs: anything else is a 404 from the router, before any lookup.
UUID_PATH_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


class ActsForOtherUsersMixin(APIView):
    """For viewsets whose rows belong to people: staff act on anyone's, everyone else on
    their own. The functions decide which rows the actor reaches (each model's
    `visible_to`, `get_person_acted_for`); the view only passes the actor along."""

    lookup_value_regex = UUID_PATH_PATTERN

    @property
    def actor(self) -> User:
        return cast(User, self.request.user)

    @property
    def row_id(self) -> UUID:
        """The id in the URL (the router matched it as a UUID)."""
        return UUID(self.kwargs["pk"])
