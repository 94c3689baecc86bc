"""Erasure leaves no row of the person in any table, so a table added later cannot be forgotten.

The tables are found, not listed by hand: every concrete ForeignKey or OneToOne to the user
model, in every installed app, through-models included (`user_columns`), and the sign-in
sessions, which name their user inside their encoded data. Before the erasure the person has
a row behind every one of them (a new table fails here until the test gives the person a row
in it); after it none is left, except:

- the account itself when it is kept: the user row, its groups and permissions, its test
  scenario, its sessions and its identities' text (their images are gone);
- the columns saying who acted (`ACTOR_COLUMNS`) on another person's rows, which keep the
  id as the audit log does (and are emptied when the account is deleted).

The audit log keeps ids, not foreign keys, and holds nothing else of the person.
"""

from typing import Any

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from rest_framework.test import APIClient

from apps.identities.models import Identity
from apps.identities.tests.factories import IdentityFactory, png_upload
from apps.privacy.models import AuditEvent
from apps.privacy.tests.factories import PersonConsentFactory
from apps.privacy.utils import PRIVACY_NOTICE_VERSION
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

SESSIONS = "django_session._auth_user_id"

# Every place a row of a person can be, as `user_columns` finds them (and the sessions): what
# the erasure test checks. `test_the_tables_checked_are_every_table_pointing_at_a_user` keeps
# this list true.
TABLES_CHECKED = (
    "core_idempotentrequest.subject_user_id",
    "core_idempotentrequest.user_id",
    "django_admin_log.user_id",
    SESSIONS,
    "identities_identity.user_id",
    "identities_identityimageversion.created_by_id",
    "image_generation_generationbatch.created_by_id",
    "image_generation_generationbatch.user_id",
    "image_generation_generationjob.created_by_id",
    "image_generation_generationjob.user_id",
    "privacy_consentlink.created_by_id",
    "privacy_consentlink.user_id",
    "privacy_personconsent.recorded_by_id",
    "privacy_personconsent.user_id",
    "reference_images_referenceimage.user_id",
    "test_scenario_testscenario.user_id",
    "users_user_groups.user_id",
    "users_user_user_permissions.user_id",
)

# Part of the account: kept with it.
KEPT_WITH_THE_ACCOUNT = {
    SESSIONS,
    "identities_identity.user_id",
    "test_scenario_testscenario.user_id",
    "users_user_groups.user_id",
    "users_user_user_permissions.user_id",
}

# Who acted: on another person's rows the id stays, as in the audit log.
ACTOR_COLUMNS = {
    "identities_identityimageversion.created_by_id",
    "image_generation_generationbatch.created_by_id",
    "image_generation_generationjob.created_by_id",
    "privacy_consentlink.created_by_id",
    "privacy_personconsent.recorded_by_id",
}


def user_columns() -> dict[str, tuple[type[models.Model], models.Field[Any, Any]]]:
    """Every concrete column of every installed model that points at a user."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    return {
        f"{model._meta.db_table}.{field.column}": (model, field)
        for model in apps.get_models(include_auto_created=True)
        for field in model._meta.concrete_fields
        if isinstance(field, models.ForeignKey) and field.related_model is user_model
    }


def rows_of(person_id: Any) -> dict[str, set[str]]:
    """The primary keys of the rows behind each checked column that name the person."""
    found = {
        name: {
            str(pk)
            for pk in model._base_manager.filter(**{field.attname: person_id}).values_list(
                "pk", flat=True
            )
        }
        for name, (model, field) in user_columns().items()
    }
    found[SESSIONS] = {
        session.session_key
        for session in Session.objects.all()
        if session.get_decoded().get(SESSION_KEY) == str(person_id)
    }
    return found


def test_the_tables_checked_are_every_table_pointing_at_a_user() -> None:
    assert sorted([*user_columns(), SESSIONS]) == sorted(TABLES_CHECKED)


def _person_with_a_row_everywhere(other: User) -> tuple[User, dict[str, set[str]]]:
    """An admin, Maya, with a row of hers behind every checked column, who also made posters
    of `other`, recorded their consent and saved an image to their identity (rows of
    `other`'s naming her as who acted). Answers her, and those rows of `other`."""
    maya = UserFactory(
        email="maya.okafor@example.com", first_name="Maya", last_name="Okafor", is_staff=True
    )
    PersonConsentFactory(user=maya)
    maya.groups.add(Group.objects.create(name="Poster makers"))
    maya.user_permissions.add(Permission.objects.first())
    TestScenario.objects.create(name="Maya's own test account", user=maya)
    Client().force_login(maya)  # a stored sign-in session
    LogEntry.objects.create(
        user=maya,
        content_type=ContentType.objects.get_for_model(User),
        object_id=str(maya.pk),
        object_repr=maya.email,
        action_flag=CHANGE,
    )
    TestScenario.objects.create(name="Scenario", user=other)
    as_maya = APIClient()
    as_maya.force_authenticate(maya)
    before_others = rows_of(maya.pk)
    for person in (maya, other):
        ReferenceImageFactory(user=person, image_file=photo_upload(), name="Maya at the lake")
        identity = IdentityFactory(
            user=person, name="Creative Visionary", i_am_statement="I am a creative visionary"
        )
        answer = as_maya.patch(
            f"/api/v1/identities/{identity.pk}/upload-image/",
            {"image": png_upload()},
            format="multipart",
        )
        assert answer.status_code == 200, answer.content
        answer = as_maya.post(
            "/api/v1/image-generation/generate/",
            {"identity_id": str(identity.pk), "user_id": str(person.pk)},
            format="json",
            headers={"Idempotency-Key": f"generate-{person.pk}"},
        )
        assert answer.status_code == 202, answer.content
        answer = as_maya.post(
            f"/api/v1/users/{person.pk}/consent/",
            {
                "notice_version": PRIVACY_NOTICE_VERSION,
                "send_to_provider": True,
                "face_matching": True,
                **({} if person == maya else {"note": "Paper form in the HR file"}),
            },
            format="json",
        )
        assert answer.status_code == 201, answer.content
        answer = as_maya.post(f"/api/v1/users/{person.pk}/consent-links/", format="json")
        assert answer.status_code == 201, answer.content
        if person == maya:
            before_others = rows_of(maya.pk)
    after = rows_of(maya.pk)
    return maya, {name: after[name] - before_others[name] for name in ACTOR_COLUMNS if after[name]}


@pytest.mark.parametrize("delete_account", [False, True], ids=["account kept", "account deleted"])
def test_erasure_leaves_no_row_of_the_person(
    delete_account: bool, other_user: User, superuser_client: APIClient, staff_user: User
) -> None:
    maya, made_for_others = _person_with_a_row_everywhere(other_user)
    before = rows_of(maya.pk)
    empty = sorted(name for name in TABLES_CHECKED if not before[name])
    assert not empty, f"Give the person a row in these before erasing them: {empty}"
    assert set(made_for_others) == ACTOR_COLUMNS
    Client().force_login(staff_user)  # someone else's session, which stays

    response = superuser_client.post(
        f"/api/v1/users/{maya.pk}/erase/",
        {"email": maya.email, "delete_account": delete_account},
        format="json",
    )

    assert response.status_code == 200, response.content
    left = {name: pks for name, pks in rows_of(maya.pk).items() if pks}
    if delete_account:
        assert left == {}
        assert not User.objects.filter(pk=maya.pk).exists()
        assert response.json()["sessions"] == 1
    else:
        kept = {name: before[name] for name in KEPT_WITH_THE_ACCOUNT}
        assert left == {**kept, **made_for_others}
        assert not Identity.objects.filter(user=maya).exclude(image="").exclude(image=None)
    assert response.json()["generation_batches"] == 1
    assert rows_of(staff_user.pk)[SESSIONS]
    assert rows_of(other_user.pk)["image_generation_generationjob.user_id"]


def test_the_audit_trail_keeps_ids_only(other_user: User, superuser_client: APIClient) -> None:
    maya, _ = _person_with_a_row_everywhere(other_user)
    assert AuditEvent.objects.filter(subject_user_id=maya.pk).count() >= 4

    response = superuser_client.post(
        f"/api/v1/users/{maya.pk}/erase/",
        {"email": maya.email, "delete_account": True},
        format="json",
    )

    assert response.status_code == 200, response.content
    words = ["maya", "okafor", "creative visionary", "at the lake"]
    for event in AuditEvent.objects.all():
        text = f"{event.object_type} {event.object_id} {event.details}".casefold()
        assert not [word for word in words if word in text], (event.action, text)
