"""Consent to send photos covers the provider its notice named, and only that one: an
operator who switches from the offline poster to Gemini needs the person's consent again."""

import pytest
from rest_framework.test import APIClient

from apps.core.exceptions import Conflict
from apps.identities.tests.factories import IdentityFactory
from apps.image_generation.models import GenerationJob
from apps.privacy.functions.public import ensure_consent, has_consent
from apps.privacy.models import ConsentScope
from apps.privacy.tests.factories import ConsentStepFactory
from apps.reference_images.tests.factories import ReferenceImageFactory, photo_upload
from apps.test_scenario.models import TestScenario
from apps.users.models import User
from apps.users.tests.factories import UserFactory
from testing.fake_gemini import FakeGeminiServer

pytestmark = pytest.mark.django_db


def person_with_a_photo(provider: str) -> User:
    person = UserFactory()
    TestScenario.objects.create(name="Scenario", user=person)
    ConsentStepFactory(user=person, provider=provider)
    ReferenceImageFactory(user=person, image_file=photo_upload())
    return person


def generate(client: APIClient, person: User) -> object:
    body = {"identity_id": str(IdentityFactory(user=person).pk), "user_id": str(person.pk)}
    return client.post("/api/v1/image-generation/generate/", body, format="json")


def test_consent_under_the_offline_notice_does_not_cover_gemini(
    fake_gemini: FakeGeminiServer, staff_client: APIClient
) -> None:
    person = person_with_a_photo("local")

    response = generate(staff_client, person)

    assert response.status_code == 409
    assert response.json()["code"] == "consent_required"
    assert "notice has changed" in response.json()["detail"]
    assert "Google's Gemini API" in response.json()["detail"]
    assert not GenerationJob.objects.exists()
    assert fake_gemini.requests == []


def test_consent_again_under_the_notice_naming_gemini_covers_it(
    fake_gemini: FakeGeminiServer, staff_client: APIClient
) -> None:
    person = person_with_a_photo("local")
    staff_client.post(
        f"/api/v1/users/{person.pk}/consent/",
        {
            "notice_version": staff_client.get("/api/v1/privacy/notice/").json()["version"],
            "send_to_provider": True,
            "face_matching": True,
            "note": "Paper form in HR file 2026-12",
        },
        format="json",
    )

    response = generate(staff_client, person)

    assert response.status_code == 202, response.content


@pytest.mark.parametrize("named", ["local", ""], ids=["another provider", "none recorded"])
def test_every_caller_asking_about_sending_gets_the_rule(settings, named: str) -> None:
    settings.IMAGE_PROVIDER = "gemini"
    person = UserFactory()
    ConsentStepFactory(user=person, provider=named)

    assert not has_consent(user_id=person.pk, scope=ConsentScope.SEND_TO_PROVIDER)
    with pytest.raises(Conflict, match="notice has changed"):
        ensure_consent(user_id=person.pk, scope=ConsentScope.SEND_TO_PROVIDER)
    # What does not depend on the provider is still in force.
    assert has_consent(user_id=person.pk)
    assert has_consent(user_id=person.pk, scope=ConsentScope.FACE_MATCHING)


def test_the_provider_named_is_read_as_the_providers_read_it(settings) -> None:
    settings.IMAGE_PROVIDER = " Gemini "
    person = UserFactory()
    ConsentStepFactory(user=person, provider="gemini")

    assert has_consent(user_id=person.pk, scope=ConsentScope.SEND_TO_PROVIDER)
