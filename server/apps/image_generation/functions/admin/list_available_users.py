from dataclasses import dataclass
from uuid import UUID

from apps.test_scenario.functions.admin import list_test_scenarios_with_users
from apps.users.models import User


@dataclass(frozen=True)
class AvailableUser:
    id: UUID
    email: str
    name: str
    is_current_user: bool
    is_test_user: bool


def list_available_users(*, current_user: User) -> list[AvailableUser]:
    """The admin themself, then every test scenario's user: whom a poster can be made for
    (the rule `get_generation_subject` enforces)."""
    users = [
        AvailableUser(
            id=current_user.pk,
            email=current_user.email,
            name=current_user.full_name or current_user.email,
            is_current_user=True,
            is_test_user=False,
        )
    ]
    for scenario in list_test_scenarios_with_users():
        if scenario.user is None or scenario.user.pk == current_user.pk:
            continue
        users.append(
            AvailableUser(
                id=scenario.user.pk,
                email=scenario.user.email,
                name=scenario.name,
                is_current_user=False,
                is_test_user=True,
            )
        )
    return users
