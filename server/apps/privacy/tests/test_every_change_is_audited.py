"""Every API route that changes something writes exactly one audit event.

The routes come from the URL configuration (as in the authorisation matrix), so a new
endpoint that changes data fails `test_every_changing_route_is_audited_or_says_why_not`,
naming its route, until it records its event and gets a row here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import pytest
from drf_spectacular.generators import EndpointEnumerator
from rest_framework.test import APIClient

from apps.core.tests.test_deleting_rows_deletes_their_files import poster_job
from apps.identities.models import Identity
from apps.identities.tests.factories import (
    IdentityFactory,
    IdentityImageVersionFactory,
    png_upload,
)
from apps.image_generation.tests.factories import GenerationJobFactory
from apps.privacy.functions.admin import create_consent_link
from apps.privacy.models import AuditEvent
from apps.privacy.utils import PRIVACY_NOTICE_VERSION, privacy_notice, sha256_hex
from apps.reference_images.tests.factories import (
    ReferenceImageFactory,
    photo_upload,
    plain_upload,
)
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory

CHANGING = {"POST", "PUT", "PATCH", "DELETE"}

# Routes that change nothing of a person's data, and why.
NOT_AUDITED = {
    ("POST", "/api/v1/auth/login/"): "signing in changes no one's photos or posters",
    ("POST", "/api/v1/auth/logout/"): "signing out changes no one's photos or posters",
}


@dataclass(frozen=True)
class Case:
    action: AuditEvent.Action
    # Makes what the route acts on, for `owner`; returns the path's {pk} and the body.
    setup: Callable[[User], tuple[Any, dict[str, Any]]]
    multipart: bool = False
    by_person: bool = False  # the person acts (through their consent link), not the staff


def _identity(owner: User) -> Identity:
    return IdentityFactory(user=owner)


def _generate(owner: User) -> tuple[None, dict[str, Any]]:
    ReferenceImageFactory(user=owner, image_file=photo_upload())
    return None, {"identity_id": str(_identity(owner).pk), "user_id": str(owner.pk)}


def _finished_poster(owner: User) -> tuple[UUID, dict[str, Any]]:
    ReferenceImageFactory(user=owner, image_file=photo_upload())
    return poster_job(_identity(owner)).pk, {}


def _queued_job(owner: User) -> tuple[UUID, dict[str, Any]]:
    return GenerationJobFactory(identity=_identity(owner)).pk, {}


def _earlier_version(owner: User) -> tuple[str, dict[str, Any]]:
    version = IdentityImageVersionFactory(identity=_identity(owner))
    return f"{version.identity_id}/versions/{version.pk}", {}


def _consent_link(owner: User) -> tuple[str, dict[str, Any]]:
    staff = UserFactory(is_staff=True)
    return create_consent_link(created_by=staff, user_id=owner.pk).token, {}


def _person_with_a_link(owner: User) -> tuple[UUID, dict[str, Any]]:
    _consent_link(owner)
    return owner.pk, {}


def _give_by_link(owner: User) -> tuple[str, dict[str, Any]]:
    token, _ = _consent_link(owner)
    notice = privacy_notice()
    return token, {
        "notice_version": notice.version,
        "notice_sha256": sha256_hex(notice.text),
        "scopes": ["face_matching"],
        "full_name": "Maya Okafor",
    }


def _erase(owner: User) -> tuple[UUID, dict[str, Any]]:
    GenerationJobFactory(identity=_identity(owner))
    return owner.pk, {"email": owner.email}


AUDITED: dict[tuple[str, str], Case] = {
    ("POST", "/api/v1/identities/"): Case(
        AuditEvent.Action.IDENTITY_CREATE,
        lambda owner: (None, {"name": "New", "user_id": str(owner.pk)}),
    ),
    ("PATCH", "/api/v1/identities/{pk}/"): Case(
        AuditEvent.Action.IDENTITY_UPDATE, lambda owner: (_identity(owner).pk, {"name": "New"})
    ),
    ("DELETE", "/api/v1/identities/{pk}/"): Case(
        AuditEvent.Action.IDENTITY_DELETE, lambda owner: (_identity(owner).pk, {})
    ),
    ("PATCH", "/api/v1/identities/{pk}/upload-image/"): Case(
        AuditEvent.Action.IDENTITY_VERSION_SAVE,
        lambda owner: (_identity(owner).pk, {"image": png_upload()}),
        multipart=True,
    ),
    ("DELETE", "/api/v1/identities/{pk}/delete-image/"): Case(
        AuditEvent.Action.IDENTITY_IMAGE_CLEAR, lambda owner: (_identity(owner).pk, {})
    ),
    ("POST", "/api/v1/reference-images/"): Case(
        AuditEvent.Action.REFERENCE_UPLOAD,
        lambda owner: (None, {"image": plain_upload((400, 400)), "user_id": str(owner.pk)}),
        multipart=True,
    ),
    ("PATCH", "/api/v1/reference-images/{pk}/"): Case(
        AuditEvent.Action.REFERENCE_UPDATE,
        lambda owner: (ReferenceImageFactory(user=owner).pk, {"name": "Side"}),
    ),
    ("DELETE", "/api/v1/reference-images/{pk}/"): Case(
        AuditEvent.Action.REFERENCE_DELETE,
        lambda owner: (ReferenceImageFactory(user=owner).pk, {}),
    ),
    ("POST", "/api/v1/reference-images/{pk}/upload-image/"): Case(
        AuditEvent.Action.REFERENCE_REPLACE,
        lambda owner: (ReferenceImageFactory(user=owner).pk, {"image": plain_upload((400, 400))}),
        multipart=True,
    ),
    ("POST", "/api/v1/image-generation/generate/"): Case(
        AuditEvent.Action.GENERATION_CREATE, _generate
    ),
    ("POST", "/api/v1/image-generation/jobs/{pk}/save-to-identity/"): Case(
        AuditEvent.Action.IDENTITY_VERSION_SAVE, _finished_poster
    ),
    ("POST", "/api/v1/image-generation/jobs/{pk}/refine/"): Case(
        AuditEvent.Action.GENERATION_REFINE,
        lambda owner: (_finished_poster(owner)[0], {"instruction": "warmer light"}),
    ),
    ("POST", "/api/v1/image-generation/jobs/{pk}/cancel/"): Case(
        AuditEvent.Action.GENERATION_CANCEL, _queued_job
    ),
    # A starred poster outlives its retention: keeping it is a decision about the person's data.
    ("POST", "/api/v1/image-generation/jobs/{pk}/star/"): Case(
        AuditEvent.Action.GENERATION_STAR, _queued_job
    ),
    ("DELETE", "/api/v1/image-generation/jobs/{pk}/star/"): Case(
        AuditEvent.Action.GENERATION_UNSTAR, _queued_job
    ),
    ("POST", "/api/v1/identities/{pk}/versions/{version_id}/restore/"): Case(
        AuditEvent.Action.IDENTITY_VERSION_RESTORE, _earlier_version
    ),
    ("DELETE", "/api/v1/identities/{pk}/versions/{version_id}/"): Case(
        AuditEvent.Action.IDENTITY_VERSION_DELETE, _earlier_version
    ),
    ("POST", "/api/v1/users/{pk}/consent/"): Case(
        AuditEvent.Action.CONSENT_RECORD,
        lambda owner: (
            owner.pk,
            {
                "notice_version": PRIVACY_NOTICE_VERSION,
                "send_to_provider": True,
                "face_matching": True,
                "note": "Paper form in HR file 2026-12",
            },
        ),
    ),
    ("POST", "/api/v1/users/{pk}/consent-links/"): Case(
        AuditEvent.Action.CONSENT_LINK_CREATE, lambda owner: (owner.pk, {})
    ),
    ("POST", "/api/v1/users/{pk}/consent-links/revoke/"): Case(
        AuditEvent.Action.CONSENT_LINK_REVOKE, _person_with_a_link
    ),
    ("POST", "/api/v1/consent/{token}/"): Case(
        AuditEvent.Action.CONSENT_RECORD, _give_by_link, by_person=True
    ),
    ("POST", "/api/v1/consent/{token}/withdraw/"): Case(
        AuditEvent.Action.CONSENT_WITHDRAW, _consent_link, by_person=True
    ),
    ("POST", "/api/v1/users/{pk}/consent/withdraw/"): Case(
        AuditEvent.Action.CONSENT_WITHDRAW, lambda owner: (owner.pk, {})
    ),
    ("POST", "/api/v1/users/{pk}/erase/"): Case(AuditEvent.Action.PERSON_ERASE, _erase),
}


def changing_routes() -> set[tuple[str, str]]:
    endpoints = EndpointEnumerator().get_api_endpoints()
    return {
        (method, path)
        for path, _regex, method, _view in endpoints
        if path.startswith("/api/v1/") and method in CHANGING
    }


def test_every_changing_route_is_audited_or_says_why_not() -> None:
    routes = changing_routes()
    unaudited = sorted(f"{m} {p}" for m, p in routes - AUDITED.keys() - NOT_AUDITED.keys())
    assert not unaudited, (
        "These routes change data but have no audit expectation: "
        + ", ".join(unaudited)
        + ". Record one event with record_audit_event in the function they call, in its "
        "transaction, and add the route to AUDITED (or to NOT_AUDITED, saying why)."
    )
    gone = sorted(f"{m} {p}" for m, p in (AUDITED.keys() | NOT_AUDITED.keys()) - routes)
    assert not gone, f"These routes no longer exist: {', '.join(gone)}"


@pytest.mark.django_db
@pytest.mark.parametrize("route", sorted(AUDITED), ids=lambda route: " ".join(route))
def test_a_change_writes_exactly_one_event_naming_whose_data_it_was(
    route: tuple[str, str], user: User, staff_user: User, django_capture_on_commit_callbacks
) -> None:
    method, path = route
    case = AUDITED[route]
    TestScenario.objects.create(name="Scenario", user=user)  # staff may make posters of it
    pk, body = case.setup(user)
    client = APIClient()
    client.force_authenticate(staff_user)
    before = set(AuditEvent.objects.values_list("pk", flat=True))

    with django_capture_on_commit_callbacks(execute=True):
        send = getattr(client, method.lower())
        response = send(
            path.replace("{pk}/versions/{version_id}", "{pk}").format(pk=pk, token=pk),
            body,
            format="multipart" if case.multipart else "json",
        )

    assert response.status_code < 300, response.content
    new = list(AuditEvent.objects.exclude(pk__in=before))
    actor = user if case.by_person else staff_user
    assert [(event.action, event.subject_user_id, event.actor_id) for event in new] == [
        (case.action, user.pk, actor.pk)
    ]
    assert new[0].ip == "127.0.0.1"
