from typing import cast
from uuid import UUID

from rest_framework.views import APIView

from apps.users.functions.public import get_person_acted_for
from apps.users.models import User
from apps.users.serializers import PersonIdInputSerializer

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

    def person_acted_for_in_body(self) -> User:
        """Whom a create acts for, from the body's `user_id` (the actor when absent), checked
        before the rest of the body is validated: a request for someone the actor may not
        act for is a 403 whatever else its body holds."""
        person_id = PersonIdInputSerializer(data=self.request.data)
        person_id.is_valid(raise_exception=True)
        return get_person_acted_for(
            actor=self.actor, user_id=person_id.validated_data.get("user_id")
        )
