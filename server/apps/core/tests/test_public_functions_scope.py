"""Public functions act only on the actor's own rows: another user's id is NotFound.

The functions come from each app's `functions.public` package, so a new public function that
names a row fails `test_every_public_function_that_names_a_row_is_checked` until it is here.
"""

import importlib
import inspect
from collections.abc import Callable
from typing import Any
from uuid import uuid4

import pytest
from django.db import models
from rest_framework.exceptions import NotFound

from apps.identities.tests.factories import IdentityFactory, png_upload
from apps.reference_images.tests.factories import ReferenceImageFactory, plain_upload
from apps.users.models import User

PUBLIC_PACKAGES = ("apps.identities.functions.public", "apps.reference_images.functions.public")

# function name -> (the id argument, a row of another user, the other arguments)
CASES: dict[str, tuple[str, Callable[[User], models.Model], Callable[[], dict[str, Any]]]] = {
    "get_identity_for": ("identity_id", lambda u: IdentityFactory(user=u), dict),
    "update_identity": (
        "identity_id",
        lambda u: IdentityFactory(user=u),
        lambda: {"data": {"name": "X"}},
    ),
    "delete_identity": ("identity_id", lambda u: IdentityFactory(user=u), dict),
    "delete_identity_image": ("identity_id", lambda u: IdentityFactory(user=u), dict),
    "upload_identity_image": (
        "identity_id",
        lambda u: IdentityFactory(user=u),
        lambda: {"image_file": png_upload(), "name": "a.png"},
    ),
    "list_identity_image_versions_for": ("identity_id", lambda u: IdentityFactory(user=u), dict),
    "get_identity_image_version_for": (
        "identity_id",
        lambda u: IdentityFactory(user=u),
        lambda: {"version_id": uuid4()},
    ),
    "restore_identity_image_version": (
        "identity_id",
        lambda u: IdentityFactory(user=u),
        lambda: {"version_id": uuid4()},
    ),
    "delete_identity_image_version": (
        "identity_id",
        lambda u: IdentityFactory(user=u),
        lambda: {"version_id": uuid4()},
    ),
    "get_reference_image_for": (
        "reference_image_id",
        lambda u: ReferenceImageFactory(user=u),
        dict,
    ),
    "update_reference_image": (
        "reference_image_id",
        lambda u: ReferenceImageFactory(user=u),
        lambda: {"data": {"name": "X"}},
    ),
    "delete_reference_image": ("reference_image_id", lambda u: ReferenceImageFactory(user=u), dict),
    "upload_reference_image": (
        "reference_image_id",
        lambda u: ReferenceImageFactory(user=u),
        lambda: {"image_file": plain_upload((400, 400))},
    ),
}


def public_functions() -> dict[str, Callable[..., Any]]:
    found = {}
    for package_name in PUBLIC_PACKAGES:
        package = importlib.import_module(package_name)
        found.update({name: getattr(package, name) for name in package.__all__})
    return found


def test_every_public_function_takes_the_actor() -> None:
    for name, function in public_functions().items():
        assert "actor" in inspect.signature(function).parameters, name


def test_every_public_function_that_names_a_row_is_checked() -> None:
    naming_a_row = {
        name
        for name, function in public_functions().items()
        if any(parameter.endswith("_id") for parameter in inspect.signature(function).parameters)
    }
    assert naming_a_row == set(CASES)


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(CASES))
def test_another_users_row_is_not_found_and_left_as_it_was(
    name: str, user: User, other_user: User
) -> None:
    id_argument, make_row, arguments = CASES[name]
    row = make_row(other_user)
    stored = type(row).objects.filter(pk=row.pk).values()
    before = stored.get()

    with pytest.raises(NotFound):
        public_functions()[name](actor=user, **{id_argument: row.pk}, **arguments())

    assert stored.get() == before
