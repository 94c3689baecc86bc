from datetime import timedelta

import pytest
from django.db import transaction
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from apps.privacy.audit import record_audit_event
from apps.privacy.models import AuditEvent, AuditEventChangeError
from apps.users.models import User
from apps.users.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def event(*, subject: User, actor: User, action: AuditEvent.Action) -> AuditEvent:
    with transaction.atomic():
        return record_audit_event(action=action, subject_user_id=subject.pk, actor=actor)


def test_staff_read_the_log_filtered_and_paginated(
    user: User, other_user: User, staff_user: User, staff_client: APIClient
) -> None:
    mine = event(subject=user, actor=staff_user, action=AuditEvent.Action.REFERENCE_UPLOAD)
    event(subject=other_user, actor=staff_user, action=AuditEvent.Action.REFERENCE_UPLOAD)
    event(subject=user, actor=user, action=AuditEvent.Action.CONSENT_RECORD)

    page = staff_client.get(
        "/api/v1/audit/",
        {"subject_user_id": str(user.pk), "actor_id": str(staff_user.pk), "page_size": 1},
    ).json()

    assert page["count"] == 1
    assert [row["id"] for row in page["results"]] == [str(mine.pk)]
    assert page["results"][0]["action"] == "reference.upload"
    by_action = staff_client.get("/api/v1/audit/", {"action": "consent.record"}).json()
    assert by_action["count"] == 1
    later = staff_client.get(
        "/api/v1/audit/", {"since": (timezone.now() + timedelta(minutes=1)).isoformat()}
    ).json()
    assert later["count"] == 0
    bad = staff_client.get("/api/v1/audit/", {"action": "everything"})
    assert bad.status_code == 400


def test_the_api_offers_no_way_to_change_or_delete_an_event(
    user: User, staff_user: User, staff_client: APIClient
) -> None:
    row = event(subject=user, actor=staff_user, action=AuditEvent.Action.REFERENCE_DELETE)

    answers = [
        staff_client.post("/api/v1/audit/", {}).status_code,
        staff_client.patch(f"/api/v1/audit/{row.pk}/", {"action": "x"}).status_code,
        staff_client.delete(f"/api/v1/audit/{row.pk}/").status_code,
    ]

    assert answers == [405, 404, 404]
    assert AuditEvent.objects.get(pk=row.pk).action == AuditEvent.Action.REFERENCE_DELETE


def test_the_admin_shows_events_but_cannot_change_or_delete_them(
    user: User, staff_user: User
) -> None:
    row = event(subject=user, actor=staff_user, action=AuditEvent.Action.REFERENCE_DELETE)
    browser = Client()
    browser.force_login(UserFactory(is_staff=True, is_superuser=True))
    base = "/admin/privacy/auditevent/"

    assert browser.get(base).status_code == 200
    assert browser.get(f"{base}{row.pk}/change/").status_code == 200  # view only
    assert browser.post(f"{base}{row.pk}/change/", {"action": "x"}).status_code == 403
    assert browser.post(f"{base}{row.pk}/delete/", {"post": "yes"}).status_code == 403
    assert browser.get(f"{base}add/").status_code == 403
    bulk = browser.post(
        base, {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"}
    )
    assert bulk.status_code in (200, 302)
    assert AuditEvent.objects.filter(pk=row.pk, action="reference.delete").exists()


def test_a_saved_event_cannot_be_saved_again_or_deleted(user: User, staff_user: User) -> None:
    row = event(subject=user, actor=staff_user, action=AuditEvent.Action.REFERENCE_DELETE)
    row.action = AuditEvent.Action.CONSENT_RECORD

    with pytest.raises(AuditEventChangeError):
        row.save()
    with pytest.raises(AuditEventChangeError):
        row.delete()


@pytest.mark.django_db(transaction=True)  # no test transaction around it
def test_an_event_is_written_only_inside_the_transaction_of_its_change(user: User) -> None:
    with pytest.raises(RuntimeError, match="transaction of its change"):
        record_audit_event(action=AuditEvent.Action.CONSENT_RECORD, subject_user_id=user.pk)
