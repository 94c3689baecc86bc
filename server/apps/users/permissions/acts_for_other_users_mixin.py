from collections.abc import Callable
from typing import Any, TypeVar, cast
from uuid import UUID

from rest_framework.views import APIView

from apps.users.models import User

T = TypeVar("T")

# Row ids in URLs: anything else is a 404 from the router, before any lookup.
UUID_PATH_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


class ActsForOtherUsersMixin(APIView):
    """For viewsets where staff act on anyone's rows and everyone else on their own.

    Public functions take the acting user and touch only that user's rows; admin functions
    take ids and reach anyone's. This mixin is the one place that picks between them.
    """

    lookup_value_regex = UUID_PATH_PATTERN

    @property
    def actor(self) -> User:
        return cast(User, self.request.user)

    def resolve_owner(self, user_id: UUID | None) -> UUID | None:
        """Whose rows a create or list acts on: None for the caller's own, else `user_id`,
        which only staff may name (403 for anyone else)."""
        if user_id is None or user_id == self.actor.pk:
            return None
        if not self.actor.is_staff:
            self.permission_denied(self.request, message="Only admins can act for another user.")
        return user_id

    def act_on_row(self, public: Callable[..., T], admin: Callable[..., T], /, **kwargs: Any) -> T:
        """Staff act through the admin function (any row by id); anyone else through the
        public one, which answers NotFound for rows that are not theirs."""
        if self.actor.is_staff:
            return admin(**kwargs)
        return public(actor=self.actor, **kwargs)
