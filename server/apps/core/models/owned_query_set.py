from typing import Protocol, Self, TypeVar
from uuid import UUID

from django.db import models

_Row = TypeVar("_Row", bound=models.Model)


class Actor(Protocol):
    pk: UUID
    is_staff: bool


class OwnedQuerySet(models.QuerySet[_Row]):
    """Rows that belong to one person (a `user` field): the one rule of who may reach them."""

    def visible_to(self, actor: Actor) -> Self:
        """Staff reach everyone's rows (they act for the people they look after); anyone
        else only their own."""
        return self.all() if actor.is_staff else self.filter(user_id=actor.pk)
