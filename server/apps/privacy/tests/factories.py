import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from apps.privacy.models import ConsentChange, ConsentGivenBy, PersonConsent
from apps.privacy.utils import PRIVACY_NOTICE_VERSION, privacy_notice, sha256_hex
from apps.users.tests.factories import UserFactory


class ConsentStepFactory(DjangoModelFactory):
    """A new row of a person's consent history (by default: consent to everything, given by
    the person under the current notice, naming Gemini, the provider the tests send to)."""

    class Meta:
        model = PersonConsent

    user = factory.SubFactory(UserFactory)
    change = ConsentChange.RECORD
    given_by = ConsentGivenBy.PERSON
    recorded_by = factory.SelfAttribute("user")
    recorded_at = factory.LazyFunction(timezone.now)
    notice_version = PRIVACY_NOTICE_VERSION
    notice_sha256 = factory.LazyFunction(lambda: sha256_hex(privacy_notice().text))
    provider = "gemini"
    send_to_provider = True
    face_matching = True


class PersonConsentFactory(ConsentStepFactory):
    """The person's consent in force when they have any; recorded as above when not."""

    @classmethod
    def _create(cls, model_class: type[PersonConsent], *args: object, **kwargs: object) -> object:
        latest = model_class.objects.filter(user=kwargs["user"]).first()
        return latest or super()._create(model_class, *args, **kwargs)
