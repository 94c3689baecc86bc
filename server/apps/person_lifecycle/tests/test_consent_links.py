"""Consent links: staff make one for a person, who opens it with no account, reads the
notice, gives consent themself and can withdraw it until the link expires."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from apps.privacy.functions.admin import create_consent_link
from apps.privacy.functions.public import has_consent
from apps.privacy.models import (
    AuditEvent,
    ConsentLink,
    ConsentScope,
    PersonConsent,
)
from apps.privacy.tests.factories import ConsentStepFactory
from apps.privacy.throttles import ConsentLinkThrottle
from apps.privacy.utils import privacy_notice, sha256_hex
from apps.reference_images.models import ReferenceImage
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing import StoredMedia

pytestmark = pytest.mark.django_db

INVALID = {"detail": "This link has expired; ask for a new one.", "code": "consent_link_invalid"}


def new_link(staff_client: APIClient, person: User) -> str:
    """Make a link through the API; answers its token (the URL's last part)."""
    response = staff_client.post(f"/api/v1/users/{person.pk}/consent-links/")
    assert response.status_code == 201, response.content
    return str(response.json()["url"].rsplit("/", 1)[1])


def agreement(**fields: object) -> dict[str, object]:
    notice = privacy_notice()
    return {
        "notice_version": notice.version,
        "notice_sha256": sha256_hex(notice.text),
        "scopes": ["send_to_provider", "face_matching"],
        "full_name": "Maya Okafor",
        **fields,
    }


def test_staff_make_a_link_whose_token_is_kept_only_as_a_hash(
    staff_user: User, staff_client: APIClient, settings
) -> None:
    settings.CONSENT_LINK_TTL_H = 72
    person = UserFactory()

    response = staff_client.post(f"/api/v1/users/{person.pk}/consent-links/")

    assert response.status_code == 201
    made = response.json()
    prefix = "http://testserver/consent/"
    assert made["url"].startswith(prefix)
    token = made["url"].removeprefix(prefix)
    assert len(token) >= 43  # 32 random bytes, URL-safe base64: 256 bits
    link = ConsentLink.objects.get(user=person)
    assert str(link.pk) == made["id"]
    assert link.token_sha256 == sha256_hex(token)
    stored = {field.name: str(getattr(link, field.attname)) for field in link._meta.fields}
    assert not any(token in value for value in stored.values())
    expected = timezone.now() + timedelta(hours=72)
    assert abs(link.expires_at - expected) < timedelta(minutes=1)
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_LINK_CREATE)
    assert (event.subject_user_id, event.actor_id) == (person.pk, staff_user.pk)
    assert token not in str(event.details)
    # Asked again, staff learn that a link opens and until when, never its token.
    status = staff_client.get(f"/api/v1/users/{person.pk}/consent-links/").json()
    assert status["live"] is True
    assert status["id"] == made["id"]
    assert status["expires_at"] == made["expires_at"]
    assert token not in str(status)


def test_a_new_link_revokes_the_old_one(staff_client: APIClient) -> None:
    person = UserFactory()
    old = new_link(staff_client, person)

    new = new_link(staff_client, person)

    assert APIClient().get(f"/api/v1/consent/{old}/").json() == INVALID
    assert APIClient().get(f"/api/v1/consent/{new}/").status_code == 200
    assert ConsentLink.objects.filter(user=person, revoked_at__isnull=True).count() == 1
    event = AuditEvent.objects.filter(action=AuditEvent.Action.CONSENT_LINK_CREATE).first()
    assert event is not None
    assert event.details["revoked_link_ids"] == [
        str(ConsentLink.objects.get(user=person, revoked_at__isnull=False).pk)
    ]


def test_the_database_holds_at_most_one_unrevoked_link_per_person(staff_user: User) -> None:
    person = UserFactory()
    create_consent_link(created_by=staff_user, user_id=person.pk)

    with pytest.raises(IntegrityError), transaction.atomic():
        ConsentLink.objects.create(
            user=person, token_sha256="0" * 64, expires_at=timezone.now() + timedelta(hours=1)
        )


def test_staff_revoke_a_link(staff_user: User, staff_client: APIClient) -> None:
    person = UserFactory()
    token = new_link(staff_client, person)

    response = staff_client.post(f"/api/v1/users/{person.pk}/consent-links/revoke/")

    assert response.status_code == 200
    assert response.json()["live"] is False
    assert staff_client.get(f"/api/v1/users/{person.pk}/consent-links/").json()["live"] is False
    assert APIClient().get(f"/api/v1/consent/{token}/").json() == INVALID
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_LINK_REVOKE)
    assert (event.subject_user_id, event.actor_id) == (person.pk, staff_user.pk)
    # Nothing left to revoke: nothing changes, nothing is logged.
    assert staff_client.post(f"/api/v1/users/{person.pk}/consent-links/revoke/").status_code == 200
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CONSENT_LINK_REVOKE).count() == 1


def test_only_staff_make_see_or_revoke_links(user: User, user_client: APIClient) -> None:
    for method, path in [
        ("post", f"/api/v1/users/{user.pk}/consent-links/"),
        ("get", f"/api/v1/users/{user.pk}/consent-links/"),
        ("post", f"/api/v1/users/{user.pk}/consent-links/revoke/"),
    ]:
        assert getattr(user_client, method)(path).status_code == 403
    assert not ConsentLink.objects.exists()


def test_the_link_shows_the_notice_in_full_with_every_choice_unticked(
    staff_client: APIClient, settings
) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    person = UserFactory()
    token = new_link(staff_client, person)

    response = APIClient().get(f"/api/v1/consent/{token}/")  # no account

    assert response.status_code == 200
    page = response.json()
    notice = privacy_notice()
    assert page["person_email"] == person.email
    assert page["notice"] == {
        "version": notice.version,
        "text": notice.text,
        "text_sha256": sha256_hex(notice.text),
        "provider": "gemini",
    }
    assert [(choice["scope"], choice["ticked"]) for choice in page["choices"]] == [
        ("send_to_provider", False),
        ("face_matching", False),
    ]
    assert page["choices"][0]["sentence"] == notice.send_to_provider_scope
    assert page["current"] is None


def test_unticked_choices_even_when_consent_is_in_force(
    user: User, staff_client: APIClient
) -> None:
    token = new_link(staff_client, user)

    page = APIClient().get(f"/api/v1/consent/{token}/").json()

    assert {choice["ticked"] for choice in page["choices"]} == {False}
    assert page["current"]["scopes"] == ["send_to_provider", "face_matching"]
    assert page["current"]["given_by"] == "person"


def test_the_person_gives_consent_themself_through_the_link(
    staff_client: APIClient, settings
) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    person = UserFactory()
    token = new_link(staff_client, person)
    client = APIClient()

    response = client.post(
        f"/api/v1/consent/{token}/",
        agreement(scopes=["face_matching"]),
        format="json",
        HTTP_USER_AGENT="PhoneBrowser/2.0",
        REMOTE_ADDR="198.51.100.7",
    )

    assert response.status_code == 201, response.content
    assert response.json()["given_by"] == "person"
    assert response.json()["scopes"] == ["face_matching"]
    consent = PersonConsent.objects.get(user=person)
    notice = privacy_notice()
    assert (consent.given_by, consent.recorded_by, consent.full_name) == (
        "person",
        person,
        "Maya Okafor",
    )
    assert (consent.send_to_provider, consent.face_matching) == (False, True)
    assert (consent.notice_version, consent.notice_sha256, consent.provider) == (
        notice.version,
        sha256_hex(notice.text),
        "gemini",
    )
    assert (consent.client_ip, consent.user_agent) == ("198.51.100.7", "PhoneBrowser/2.0")
    assert consent.recorded_at is not None
    event = AuditEvent.objects.get(action=AuditEvent.Action.CONSENT_RECORD)
    assert (event.subject_user_id, event.actor_id) == (person.pk, person.pk)
    assert event.details["given_by"] == "person"
    assert "Maya" not in str(event.details)
    # The link still opens: it shows what was recorded, and the staff see it as given.
    assert client.get(f"/api/v1/consent/{token}/").json()["current"]["scopes"] == ["face_matching"]
    staff_view = staff_client.get(f"/api/v1/users/{person.pk}/consent/").json()["current"]
    assert (staff_view["given_by"], staff_view["full_name"]) == ("person", "Maya Okafor")


@pytest.mark.parametrize(
    ("fields", "code", "words"),
    [
        ({"scopes": []}, "nothing_agreed", "Nothing was ticked"),
        ({"full_name": "   "}, "blank", "full name"),
        ({"full_name": None}, "null", ""),
        ({"notice_sha256": "0" * 64}, "notice_outdated", "notice has changed"),
        ({"notice_version": "2020-01"}, "notice_outdated", "notice has changed"),
    ],
    ids=["nothing ticked", "blank name", "no name", "other text", "old version"],
)
def test_consent_through_the_link_is_refused_with_a_sentence(
    staff_client: APIClient, fields: dict[str, object], code: str, words: str
) -> None:
    person = UserFactory()
    token = new_link(staff_client, person)

    response = APIClient().post(f"/api/v1/consent/{token}/", agreement(**fields), format="json")

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert words in response.json()["detail"]
    assert not PersonConsent.objects.filter(user=person).exists()


def test_a_missing_name_is_refused_in_words(staff_client: APIClient) -> None:
    token = new_link(staff_client, UserFactory())
    sent = agreement()
    del sent["full_name"]

    response = APIClient().post(f"/api/v1/consent/{token}/", sent, format="json")

    assert response.status_code == 400
    assert "full name" in response.json()["detail"]


def test_the_person_withdraws_through_the_link_as_staff_would(
    staff_client: APIClient, media_storage: StoredMedia, django_capture_on_commit_callbacks
) -> None:
    person = UserFactory()
    ConsentStepFactory(user=person)
    ReferenceImageFactory(user=person, image_file=photo_upload())
    token = new_link(staff_client, person)
    client = APIClient()

    face = client.post(
        f"/api/v1/consent/{token}/withdraw/", {"scopes": ["face_matching"]}, format="json"
    )
    assert face.status_code == 200
    assert face.json()["scopes"] == ["send_to_provider"]
    assert ReferenceImage.objects.get(user=person).face_embedding is None
    with django_capture_on_commit_callbacks(execute=True):
        everything = client.post(f"/api/v1/consent/{token}/withdraw/", {}, format="json")

    assert everything.status_code == 200
    assert (everything.json()["active"], everything.json()["change"]) == (False, "withdraw")
    assert not ReferenceImage.objects.filter(user=person).exists()
    assert media_storage.names() == []
    steps = list(PersonConsent.objects.filter(user=person))
    assert [(step.change, step.given_by, step.recorded_by) for step in steps] == [
        ("withdraw", "person", person),
        ("withdraw", "person", person),
        ("record", "person", person),
    ]
    events = AuditEvent.objects.filter(action=AuditEvent.Action.CONSENT_WITHDRAW)
    assert {(event.actor_id, event.details["given_by"]) for event in events} == {
        (person.pk, "person")
    }
    # Nothing left to withdraw: said in words; the link still opens until it expires.
    again = client.post(f"/api/v1/consent/{token}/withdraw/", {}, format="json")
    assert (again.status_code, again.json()["code"]) == (409, "no_consent")
    assert client.get(f"/api/v1/consent/{token}/").json()["current"] is None


def _unknown(_staff_client: APIClient, _person: User) -> str:
    return "x" * 43


def _expired(staff_client: APIClient, person: User) -> str:
    token = new_link(staff_client, person)
    ConsentLink.objects.filter(user=person).update(expires_at=timezone.now())
    return token


def _revoked(staff_client: APIClient, person: User) -> str:
    token = new_link(staff_client, person)
    staff_client.post(f"/api/v1/users/{person.pk}/consent-links/revoke/")
    return token


def _erased(staff_client: APIClient, person: User) -> str:
    token = new_link(staff_client, person)
    response = staff_client.post(
        f"/api/v1/users/{person.pk}/erase/", {"email": person.email}, format="json"
    )
    assert response.status_code == 200
    return token


def _malformed(_staff_client: APIClient, _person: User) -> str:
    return "not.a token%20at all"


@pytest.mark.parametrize(
    "make", [_unknown, _expired, _revoked, _erased, _malformed], ids=lambda make: make.__name__
)
@pytest.mark.parametrize(
    ("method", "suffix"), [("get", ""), ("post", ""), ("post", "withdraw/")], ids=str
)
def test_a_link_that_does_not_open_gets_one_answer_whatever_the_reason(
    staff_client: APIClient, make: object, method: str, suffix: str
) -> None:
    person = UserFactory()
    ConsentStepFactory(user=person)
    token = make(staff_client, person)  # type: ignore[operator]
    before = PersonConsent.objects.filter(user=person).count()

    response = getattr(APIClient(), method)(
        f"/api/v1/consent/{token}/{suffix}", agreement(), format="json"
    )

    assert (response.status_code, response.json()) == (404, INVALID)
    assert PersonConsent.objects.filter(user=person).count() == before


def test_guessing_tokens_is_throttled_per_client_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache.clear()
    monkeypatch.setattr(ConsentLinkThrottle, "THROTTLE_RATES", {"consent_link": "3/min"})
    client = APIClient()

    statuses = [
        client.get(f"/api/v1/consent/guess-{n}/", REMOTE_ADDR="203.0.113.5").status_code
        for n in range(5)
    ]
    elsewhere = client.get("/api/v1/consent/guess/", REMOTE_ADDR="203.0.113.6")
    # A forged X-Forwarded-For does not make a new address (no proxy is trusted).
    forged = client.get(
        "/api/v1/consent/guess/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="192.0.2.1"
    )

    assert statuses == [404, 404, 404, 429, 429]
    assert elsewhere.status_code == 404
    assert forged.status_code == 429
    assert forged.json()["code"] == "throttled"
    assert forged.json()["detail"].startswith("Too many attempts. Please try again in ")


def test_the_link_needs_no_csrf_token_and_ignores_a_signed_in_session(
    staff_user: User, staff_client: APIClient
) -> None:
    person = UserFactory()
    token = new_link(staff_client, person)
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(staff_user)  # an admin's session cookie in the same browser

    response = browser.post(
        f"/api/v1/consent/{token}/", agreement(), content_type="application/json"
    )
    # The session-authenticated API still wants its CSRF token.
    refused = browser.post(
        f"/api/v1/users/{person.pk}/consent-links/", content_type="application/json"
    )

    assert response.status_code == 201, response.content
    consent = PersonConsent.objects.get(user=person)
    assert (consent.given_by, consent.recorded_by) == ("person", person)
    assert AuditEvent.objects.get(action="consent.record").actor_id == person.pk
    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]


def test_consent_given_through_the_link_names_the_provider_of_its_notice(
    staff_client: APIClient, settings
) -> None:
    settings.IMAGE_PROVIDER = "local"
    person = UserFactory()
    token = new_link(staff_client, person)
    APIClient().post(f"/api/v1/consent/{token}/", agreement(), format="json")

    assert PersonConsent.objects.get(user=person).provider == "local"
    settings.IMAGE_PROVIDER = "gemini"  # the operator switches; the notice names Google now
    page = APIClient().get(f"/api/v1/consent/{token}/").json()
    assert page["notice"]["provider"] == "gemini"
    assert not has_consent(user_id=person.pk, scope=ConsentScope.SEND_TO_PROVIDER)
