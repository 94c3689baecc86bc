import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from apps.privacy.models import PersonConsent
from apps.privacy.utils import PRIVACY_NOTICE_VERSION
from apps.users.tests.factories import UserFactory


class PersonConsentFactory(DjangoModelFactory):
    """Consent to everything, recorded by the person under the current notice."""

    class Meta:
        model = PersonConsent
        django_get_or_create = ("user",)

    user = factory.SubFactory(UserFactory)
    recorded_by = factory.SelfAttribute("user")
    recorded_at = factory.LazyFunction(timezone.now)
    notice_version = PRIVACY_NOTICE_VERSION
    send_to_provider = True
    face_matching = True
