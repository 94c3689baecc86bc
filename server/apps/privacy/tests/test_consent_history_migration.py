"""The migration to consent history, on a database made before it: each person's one consent
row becomes the first row of their history, and going back keeps the latest row."""

from collections.abc import Iterator

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("privacy", "0001_initial")]
AFTER = [("privacy", "0002_consent_history")]


def migrate(targets: list[tuple[str, str]]) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.fixture(autouse=True)
def _latest_schema_after() -> Iterator[None]:
    """Leave the database at every app's latest migration, as the tests after this expect."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_each_consent_row_becomes_the_first_row_of_its_history() -> None:
    old = migrate(BEFORE).loader.project_state(BEFORE).apps
    user_model = old.get_model("users", "User")
    consent_model = old.get_model("privacy", "PersonConsent")
    admin = user_model.objects.create(email="admin@example.com", is_staff=True)
    themself = user_model.objects.create(email="self@example.com")
    attested = user_model.objects.create(email="attested@example.com")
    withdrawn = user_model.objects.create(email="withdrawn@example.com")
    now = timezone.now()
    for person, recorded_by, withdrawn_at in [
        (themself, themself, None),
        (attested, admin, None),
        (withdrawn, admin, now),
    ]:
        consent_model.objects.create(
            user=person,
            recorded_by=recorded_by,
            recorded_at=now,
            notice_version="2026-12.2",
            send_to_provider=withdrawn_at is None,
            face_matching=withdrawn_at is None,
            withdrawn_at=withdrawn_at,
        )

    new = migrate(AFTER).loader.project_state(AFTER).apps
    rows = {
        row.user_id: row
        for row in new.get_model("privacy", "PersonConsent").objects.all()  # one each
    }

    assert len(rows) == 3
    assert (rows[themself.pk].given_by, rows[themself.pk].change) == ("person", "record")
    assert (rows[attested.pk].given_by, rows[attested.pk].change) == ("staff", "record")
    assert (rows[withdrawn.pk].given_by, rows[withdrawn.pk].change) == ("staff", "withdraw")
    # Recorded before the notice's text and provider were kept: they name neither, so they
    # cover no provider until the person consents again.
    assert {(row.provider, row.notice_sha256) for row in rows.values()} == {("", "")}
    assert rows[themself.pk].send_to_provider is True


def test_going_back_keeps_each_persons_latest_row() -> None:
    new = migrate(AFTER).loader.project_state(AFTER).apps
    person = new.get_model("users", "User").objects.create(email="person@example.com")
    consent_model = new.get_model("privacy", "PersonConsent")
    for face_matching in (True, False):
        consent_model.objects.create(
            user=person,
            given_by="person",
            recorded_by=person,
            recorded_at=timezone.now(),
            notice_version="2026-12.2",
            send_to_provider=True,
            face_matching=face_matching,
        )

    old = migrate(BEFORE).loader.project_state(BEFORE).apps

    [row] = old.get_model("privacy", "PersonConsent").objects.filter(user_id=person.pk)
    assert row.face_matching is False
